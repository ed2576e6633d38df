// What the open-addressing tables of the analysis share: hashes whose bits reach the low ones
// (the name table and the drafts' repeats), and slots sized once, at most half full (the
// drafts' repeats; the name table, one number a slot, is sized in first-index-by-name.ts).

/** Slots for `expected` entries: a power of two, at least twice as many, so probes end soon. */
export function slotCount(expected: number): number {
  let size = 16;
  while (size < expected * 2) size *= 2;
  return size;
}

/** The hash's high bits spread into the low ones, which pick the slot (a murmur-style finish). */
export function spreadBits(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
