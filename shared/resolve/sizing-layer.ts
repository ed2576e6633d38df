import type { CanonicalKey } from '../sizing-keys.ts';
import { canonicalKeyOf } from '../sizing-keys.ts';
import type { JsonRecord } from '../json-access.ts';

/** One position_sizing block read on canonical keys, remembering how each key was spelled. */
export interface SizingLayer {
  /** Canonical key → value as written; a key is "set" when present here, whatever its value. */
  readonly values: Readonly<Partial<Record<CanonicalKey, unknown>>>;
  /** The spelling the file uses for each key (the canonical one wins when both are present). */
  readonly spelled: Readonly<Partial<Record<CanonicalKey, string>>>;
  /** Keys written in both spellings with different values (SPEC §2 alias-conflict). */
  readonly conflicts: readonly CanonicalKey[];
  /** How many canonical keys the block sets. */
  readonly size: number;
}

const NONE: readonly CanonicalKey[] = [];
const EMPTY: SizingLayer = { values: {}, spelled: {}, conflicts: NONE, size: 0 };

/** Reads a position_sizing block; a missing or non-object block is an empty layer. */
export function readSizingLayer(block: JsonRecord | undefined): SizingLayer {
  if (block === undefined) return EMPTY;
  const values: Partial<Record<CanonicalKey, unknown>> = {};
  const spelled: Partial<Record<CanonicalKey, string>> = {};
  let conflicts: CanonicalKey[] | undefined;
  let size = 0;
  for (const spelling in block) {
    if (!Object.hasOwn(block, spelling)) continue;
    const key = canonicalKeyOf(spelling);
    if (key === undefined) continue;
    const value = block[spelling];
    if (spelled[key] !== undefined) {
      if (!Object.is(values[key], value)) (conflicts ??= []).push(key);
      if (spelling !== key) continue;
    } else {
      size++;
    }
    values[key] = value;
    spelled[key] = spelling;
  }
  return { values, spelled, conflicts: conflicts ?? NONE, size };
}
