import type { PreviewDraft } from './ui-store.ts';

const PREFIX = 'spark-config-editor.preview:';

/** The inputs a document starts with before the trader typed any: no invented prices. */
export const FIRST_PREVIEW: PreviewDraft = {
  equity: '10000',
  price: '',
  prices: {},
  strength: '1',
};

/** Which file the inputs belong to: its path, or one slot for every untitled document. */
export function previewKeyOf(path: string | null): string {
  return PREFIX + (path ?? 'untitled');
}

function text(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : fallback;
}

/** The equity and prices last typed for a file (anything unreadable starts afresh). */
export function recalledPreview(key: string): PreviewDraft {
  let stored: unknown;
  try {
    stored = JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null');
  } catch {
    stored = null;
  }
  if (typeof stored !== 'object' || stored === null) return FIRST_PREVIEW;
  const s = stored as Record<string, unknown>;
  const prices: Record<string, string> = {};
  if (typeof s.prices === 'object' && s.prices !== null) {
    for (const [market, p] of Object.entries(s.prices))
      if (typeof p === 'string') prices[market] = p;
  }
  return {
    equity: text(s.equity, FIRST_PREVIEW.equity),
    price: text(s.price, ''),
    prices,
    strength: FIRST_PREVIEW.strength,
  };
}

/** Keeps a file's equity and prices for the next time it is opened. */
export function rememberPreview(key: string, draft: PreviewDraft): void {
  const { equity, price, prices } = draft;
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify({ equity, price, prices }));
  } catch {
    // Storage full or denied: the inputs still work, they are just not remembered.
  }
}
