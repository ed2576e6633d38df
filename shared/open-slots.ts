// What the two open-addressing tables of the analysis (the name table, the drafts' repeats)
// share: slots sized once, at most half full, and hashes whose bits reach the low ones.

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
