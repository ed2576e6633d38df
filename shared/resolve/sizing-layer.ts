import type { CanonicalKey } from '../sizing-keys.ts';
import { canonicalKeyOf } from '../sizing-keys.ts';
import type { JsonRecord } from '../json-access.ts';

/** One position_sizing block read on canonical keys, remembering how each key was spelled. */
export interface SizingLayer {
  readonly values: ReadonlyMap<CanonicalKey, unknown>;
  /** The spelling the file uses for each key (the canonical one wins when both are present). */
  readonly spelled: ReadonlyMap<CanonicalKey, string>;
  /** Keys written in both spellings with different values (SPEC §2 alias-conflict). */
  readonly conflicts: readonly CanonicalKey[];
}

const EMPTY: SizingLayer = { values: new Map(), spelled: new Map(), conflicts: [] };

/** Reads a position_sizing block; a missing or non-object block is an empty layer. */
export function readSizingLayer(block: JsonRecord | undefined): SizingLayer {
  if (block === undefined) return EMPTY;
  const values = new Map<CanonicalKey, unknown>();
  const spelled = new Map<CanonicalKey, string>();
  const conflicts: CanonicalKey[] = [];
  for (const spelling of Object.keys(block)) {
    const key = canonicalKeyOf(spelling);
    if (key === undefined) continue;
    const value = block[spelling];
    if (values.has(key)) {
      if (!Object.is(values.get(key), value)) conflicts.push(key);
      if (spelling !== key) continue;
    }
    values.set(key, value);
    spelled.set(key, spelling);
  }
  return { values, spelled, conflicts };
}
