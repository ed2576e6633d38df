import { slotCount, spreadBits } from './open-slots.ts';

/**
 * The first index each name was seen at: a `Map<string, number>`'s job, done with slots sized
 * up front. Why: for the 15,475 distinct strategy names of a 5 MB file a Map spends most of its
 * time growing (its table is copied over a dozen times as it fills); these slots, sized once
 * from the strategy count, are filled in place. They hold indices and full hashes, not names:
 * a name is read back from the caller's list (`nameAt`) only when its hash matches. An array
 * of 32,768 names is a large object, made old at once, so every young name stored in it was
 * recorded for the next scavenge; typed slots hold no reference at all.
 */
export class FirstIndexByName {
  /**
   * Open addressing, two numbers per slot side by side: 1 + the first index of the name in the
   * slot (0 when empty), then its hash. Side by side: a probe of a 50 MB file's table (4 MB)
   * then misses the cache once, not once in each of two arrays.
   */
  private slots: Int32Array;
  private count = 0;

  /**
   * `expected`: about how many names will be seen (the slots grow past it anyway). `nameAt`:
   * the name that was given for an index.
   */
  constructor(
    expected: number,
    private readonly nameAt: (index: number) => string | undefined,
  ) {
    this.slots = SPARE.take(2 * slotCount(expected));
  }

  /**
   * Hands the slots to the next table, once this one is asked nothing more. Why: the next
   * analysis of the same file wants slots of the same size, and fresh ones are memory the system
   * zeroes page by page (4 MB for a 50 MB file, a sixth of the table's time there).
   */
  release(): void {
    SPARE.give(this.slots);
    this.slots = new Int32Array(2 * slotCount(0));
    this.count = 0;
  }

  /** The index `name` was first seen at; undefined the first time, which records `index`. */
  firstOf(name: string, index: number): number | undefined {
    const hash = hashOf(name);
    const slots = this.slots;
    const mask = slots.length - 2;
    let at = (hash << 1) & mask;
    for (let held = slots[at]!; held !== 0; held = slots[at]!) {
      if (slots[at + 1] === hash && this.nameAt(held - 1) === name) return held - 1;
      at = (at + 2) & mask;
    }
    slots[at] = index + 1;
    slots[at + 1] = hash;
    if (++this.count * 4 > slots.length) this.grow();
    return undefined;
  }

  /** Doubles the slots, keeping them at most half full so that probes stay short. */
  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length - 2;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from] === 0) continue;
      let at = (old[from + 1]! << 1) & mask;
      while (slots[at] !== 0) at = (at + 2) & mask;
      slots[at] = old[from]!;
      slots[at + 1] = old[from + 1]!;
    }
  }
}

/**
 * The slot array the last finished table released, handed to one table at a time. One, since a
 * table's indices and hashes share one array (two were kept when a table had two).
 */
class SpareSlots {
  private kept: Int32Array | undefined;

  /** Zeroed slots of `size`: the released array when it has that size. */
  take(size: number): Int32Array {
    const slots = this.kept;
    if (slots === undefined || slots.length !== size) return new Int32Array(size);
    this.kept = undefined;
    return slots.fill(0);
  }

  give(slots: Int32Array): void {
    this.kept = slots;
  }
}

const SPARE = new SpareSlots();

/**
 * 32-bit FNV-1a over the UTF-16 code units, in two lanes (even and odd units), then mixed.
 * Two lanes: each FNV step waits for the one before, so one lane leaves the processor idle
 * between multiplications; two interleave, hashing a name in about two thirds of the time. The
 * mix: FNV's low bits, the slot, depend only on the low bits of each unit, so names differing
 * in high bits alone (`一…` and `츀…`) would all share one probe chain.
 */
export function hashOf(text: string): number {
  let even = 0x811c9dc5;
  let odd = 0x811c9dc5 ^ text.length;
  let i = 1;
  for (; i < text.length; i += 2) {
    even = Math.imul(even ^ text.charCodeAt(i - 1), 0x01000193);
    odd = Math.imul(odd ^ text.charCodeAt(i), 0x01000193);
  }
  if (i === text.length) even = Math.imul(even ^ text.charCodeAt(i - 1), 0x01000193);
  return spreadBits(even ^ Math.imul(odd, 0x9e3779b1));
}
