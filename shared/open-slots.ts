// What the open-addressing tables of the analysis (the name table, the drafts' repeats) share:
// slots sized once, and hashes whose bits reach the low ones.

/**
 * Slots for `expected` entries: a power of two, at least `spread` times as many (twice unless
 * told: at most half full), so probes end soon.
 */
export function slotCount(expected: number, spread = 2): number {
  let size = 16;
  while (size < expected * spread) size *= 2;
  return size;
}

/** The hash's high bits spread into the low ones, which pick the slot (a murmur-style finish). */
export function spreadBits(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
