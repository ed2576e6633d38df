import type { JsonPath } from './diagnostic.ts';

/** One step of a fix, applied through the shared edit API (never as raw text). */
export type FixAction =
  | { readonly kind: 'rename-key'; readonly path: JsonPath; readonly to: string }
  | { readonly kind: 'set-value'; readonly path: JsonPath; readonly value: unknown }
  | { readonly kind: 'remove-key'; readonly path: JsonPath };

/** A diagnostic's remedy: data, so the CLI and the UI apply the very same change. */
export interface Fix {
  /** What the fix does, in a trader's words: "Rename fixed_amount_usd to fixed_usd_amount". */
  readonly title: string;
  readonly actions: readonly FixAction[];
}
