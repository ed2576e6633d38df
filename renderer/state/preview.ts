import { useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { parseAmount, parseStrength } from '../../shared/format/parse-amount.ts';
import { errorIndexOf } from './error-index.ts';
import { previewKeyOf, rememberPreview } from './preview-memory.ts';
import { documentStore } from './stores.ts';
import { perAnalysis } from './per-analysis.ts';
import type { Preview, PreviewInputs } from '../../shared/sizing/preview.ts';
import { checkPreviewInputs, previewAll } from '../../shared/sizing/preview.ts';
import type { PreviewDraft } from './ui-store.ts';
import { uiStore } from './ui-store.ts';
import { useValue } from './value-store.ts';

/** Why a typed input cannot be used, by field: `equity`, `price`, `strength`, or a market's name. */
export interface PreviewFieldErrors {
  readonly equity?: string;
  readonly price?: string;
  readonly strength?: string;
  readonly prices: Readonly<Record<string, string>>;
}

/**
 * Preview inputs as typed, read by the shared parser (`25k`, `$25,000`, `50%`…). A blank market
 * price falls back to the default price; a price that cannot be read counts as not given.
 */
export function parsePreviewDraft(draft: PreviewDraft): {
  inputs: PreviewInputs;
  fieldErrors: PreviewFieldErrors;
} {
  const errors: { equity?: string; price?: string; strength?: string } = {};
  const priceErrors: Record<string, string> = {};
  const equity = parseAmount(draft.equity);
  if (!equity.ok) errors.equity = equity.reason;
  const defaultPrice = draft.price.trim() === '' ? undefined : parseAmount(draft.price);
  if (defaultPrice?.ok === false) errors.price = defaultPrice.reason;
  const strength = draft.strength.trim() === '' ? undefined : parseStrength(draft.strength);
  if (strength?.ok === false) errors.strength = strength.reason;
  const prices: Record<string, number> = {};
  for (const [market, text] of Object.entries(draft.prices)) {
    if (text.trim() === '') continue;
    const price = parseAmount(text);
    if (price.ok) prices[market] = price.value;
    else priceErrors[market] = price.reason;
  }
  const inputs: PreviewInputs = {
    equity: equity.ok ? equity.value : Number.NaN,
    defaultPrice: defaultPrice?.ok === true ? defaultPrice.value : undefined,
    prices,
    strength: strength?.ok === true ? strength.value : strength === undefined ? 1 : Number.NaN,
  };
  return { inputs, fieldErrors: { ...errors, prices: priceErrors } };
}

/** The preview of every strategy for the current inputs; null while equity or strength is unusable. */
export function computePreview(analysis: Analysis, inputs: PreviewInputs): Preview | null {
  if (checkPreviewInputs(inputs) !== undefined) return null;
  return previewAll(analysis, errorIndexOf(analysis), inputs);
}

/** A preview with the inputs it was made from and what is wrong with them. */
export interface PreviewResult {
  readonly preview: Preview | null;
  readonly inputs: PreviewInputs;
  readonly fieldErrors: PreviewFieldErrors;
}

/** Changes the typed inputs, remembered for the open file. */
export function setPreviewDraft(patch: Partial<PreviewDraft>): void {
  uiStore.set((s) => ({ preview: { ...s.preview, ...patch } }));
  const meta = documentStore.getSnapshot().meta;
  if (meta !== null) rememberPreview(previewKeyOf(meta.path), uiStore.get().preview);
}

const previewsOf = perAnalysis(() => new WeakMap<PreviewDraft, PreviewResult>());

/** The preview for an analysis and the typed inputs, computed once for all views that show it. */
export function previewFor(analysis: Analysis, draft: PreviewDraft): PreviewResult {
  const previews = previewsOf(analysis);
  let result = previews.get(draft);
  if (result === undefined) {
    const { inputs, fieldErrors } = parsePreviewDraft(draft);
    result = { preview: computePreview(analysis, inputs), inputs, fieldErrors };
    previews.set(draft, result);
  }
  return result;
}

/** The preview for the analysis the form shows. */
export function usePreview(analysis: Analysis): PreviewResult {
  const draft = useValue(uiStore, (s) => s.preview);
  return useMemo(() => previewFor(analysis, draft), [analysis, draft]);
}
