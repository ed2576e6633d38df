import type { CanonicalKey } from '../sizing-keys.ts';
import { CANONICAL_KEYS, canonicalKeyOf, spellingsOf } from '../sizing-keys.ts';
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

/** Each sizing key's spelling: its canonical key's index, plus ALIAS for the other spelling. */
const ALIAS = 16;
export const SPELLING_CODE: ReadonlyMap<string, number> = new Map(
  CANONICAL_KEYS.flatMap((key, i) =>
    spellingsOf(key).map((spelling) => [spelling, spelling === key ? i : i + ALIAS] as const),
  ),
);

/** The `spelled` of blocks with one spelling per key depends only on which: one object each. */
const spelledByPattern = new Map<number, Readonly<Partial<Record<CanonicalKey, string>>>>();

function spelledFor(mask: number, aliases: number): SizingLayer['spelled'] {
  const pattern = mask | (aliases << CANONICAL_KEYS.length);
  const known = spelledByPattern.get(pattern);
  if (known !== undefined) return known;
  const spelled: Partial<Record<CanonicalKey, string>> = {};
  CANONICAL_KEYS.forEach((key, i) => {
    if ((mask & (1 << i)) === 0) return;
    spelled[key] = (aliases & (1 << i)) === 0 ? key : (spellingsOf(key)[1] ?? key);
  });
  spelledByPattern.set(pattern, spelled);
  return spelled;
}

/** Reads a position_sizing block; a missing or non-object block is an empty layer. */
export function readSizingLayer(block: JsonRecord | undefined): SizingLayer {
  if (block === undefined) return EMPTY;
  let mask = 0;
  let aliases = 0;
  let size = 0;
  let other = false;
  for (const spelling in block) {
    if (!Object.hasOwn(block, spelling)) continue;
    const code = SPELLING_CODE.get(spelling);
    if (code === undefined) {
      other = true;
      continue;
    }
    const bit = 1 << (code % ALIAS);
    // Both spellings of one key: the rare case that can conflict.
    if ((mask & bit) !== 0) return readBothSpellings(block);
    mask |= bit;
    if (code >= ALIAS) aliases |= bit;
    size++;
  }
  if (size === 0) return EMPTY;
  // A block of canonical keys only is its own canonical reading: nothing to copy.
  const values = !other && aliases === 0 ? block : canonicalValues(block);
  return { values, spelled: spelledFor(mask, aliases), conflicts: NONE, size };
}

/** The block's sizing values on canonical keys, in file order. */
function canonicalValues(block: JsonRecord): Partial<Record<CanonicalKey, unknown>> {
  const values: Partial<Record<CanonicalKey, unknown>> = {};
  for (const spelling in block) {
    if (!Object.hasOwn(block, spelling)) continue;
    const code = SPELLING_CODE.get(spelling);
    if (code !== undefined) values[CANONICAL_KEYS[code % ALIAS] as CanonicalKey] = block[spelling];
  }
  return values;
}

/** A block that writes some key in both spellings: the canonical one wins, a difference conflicts. */
function readBothSpellings(block: JsonRecord): SizingLayer {
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
