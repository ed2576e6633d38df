import { useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { errorIndexOf } from '../analysis/error-index.ts';
import type { Preview, PreviewInputs } from '../../shared/sizing/preview.ts';
import { checkPreviewInputs, previewAll } from '../../shared/sizing/preview.ts';
import type { PreviewDraft } from '../ui/ui-store.ts';
import { uiStore } from '../ui/ui-store.ts';
import { useValue } from '../ui/value-store.ts';

/** Preview inputs as typed, parsed; blank per-market prices fall back to the default price. */
export function parsePreviewDraft(draft: PreviewDraft): PreviewInputs {
  const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));
  const prices: Record<string, number> = {};
  for (const [market, text] of Object.entries(draft.prices)) {
    if (text.trim() !== '') prices[market] = num(text);
  }
  return {
    equity: num(draft.equity),
    defaultPrice: draft.price.trim() === '' ? undefined : num(draft.price),
    prices,
    strength: draft.strength.trim() === '' ? 1 : num(draft.strength),
  };
}

/** The preview of every strategy for the current inputs, or why the inputs are unusable. */
export function computePreview(
  analysis: Analysis,
  inputs: PreviewInputs,
): { preview: Preview | null; inputError: string | undefined } {
  const inputError = checkPreviewInputs(inputs);
  if (inputError !== undefined) return { preview: null, inputError };
  const preview = previewAll(analysis, errorIndexOf(analysis), inputs);
  return { preview, inputError };
}

export type PreviewResult = ReturnType<typeof computePreview> & { inputs: PreviewInputs };

let cache: { analysis: Analysis; draft: PreviewDraft; result: PreviewResult } | undefined;

/** The preview for an analysis and the typed inputs, computed once for all views that show it. */
export function previewFor(analysis: Analysis, draft: PreviewDraft): PreviewResult {
  if (cache?.analysis === analysis && cache.draft === draft) return cache.result;
  const inputs = parsePreviewDraft(draft);
  const result = { ...computePreview(analysis, inputs), inputs };
  cache = { analysis, draft, result };
  return result;
}

/** The preview for the analysis the form shows. */
export function usePreview(analysis: Analysis): PreviewResult {
  const draft = useValue(uiStore, (s) => s.preview);
  return useMemo(() => previewFor(analysis, draft), [analysis, draft]);
}
