import { slotCount, spreadBits } from './open-slots.ts';

/**
 * The first index each name was seen at: a `Map<string, number>`'s job, done with slots sized
 * up front. Why: for the 15,475 distinct strategy names of a 5 MB file a Map spends most of its
 * time growing (its table is copied over a dozen times as it fills); these slots, sized once
 * from the strategy count, are filled in place. They hold indices and part of each hash, not
 * names: a name is read back from the caller's list (`nameAt`) only when that part matches. An
 * array of 32,768 names is a large object, made old at once, so every young name stored in it
 * was recorded for the next scavenge; typed slots hold no reference at all.
 */
export class FirstIndexByName {
  /**
   * Open addressing, one number per slot (0 when empty): 1 + the first index of the name in the
   * bits of `low`, the hash's bits above them in the rest. One number, not an index and a hash
   * side by side, and at most two thirds full, not half: a 50 MB file's table is 1 MB instead
   * of 4, and each probe is a cache miss, so building it takes about 15 ms instead of 30. The
   * slot is picked by the hash's low bits, so the high ones kept tell apart nearly every two
   * names that meet in a slot.
   */
  private slots: Int32Array;
  private count = 0;
  /**
   * The mask of a slot's index bits, all ones: every stored 1 + index is at most `low`, so an
   * index past it first needs a table with more index bits (see firstOf).
   */
  private low: number;

  /**
   * `expected`: about how many names will be seen, which sizes the slots and the bits an index
   * gets (both grow past it anyway). `nameAt`: the name that was given for an index.
   */
  constructor(
    expected: number,
    private readonly nameAt: (index: number) => string | undefined,
  ) {
    this.slots = SPARE.take(slotCount(expected, SPREAD));
    this.low = lowMaskFor(expected);
  }

  /**
   * Hands the slots to the next table, once this one is asked nothing more. Why: the next
   * analysis of the same file wants slots of the same size, and fresh ones are memory the system
   * zeroes page by page (a sixth of the table's time in a 50 MB file, when it had 4 MB).
   */
  release(): void {
    SPARE.give(this.slots);
    this.slots = new Int32Array(slotCount(0, SPREAD));
    this.count = 0;
  }

  /** The index `name` was first seen at; undefined the first time, which records `index`. */
  firstOf(name: string, index: number): number | undefined {
    const hash = hashOf(name);
    const slots = this.slots;
    const mask = slots.length - 1;
    const low = this.low;
    const tag = hash & ~low;
    let at = hash & mask;
    for (let held = slots[at]!; held !== 0; held = slots[at]!) {
      if ((held & ~low) === tag && this.nameAt((held & low) - 1) === name) return (held & low) - 1;
      at = (at + 1) & mask;
    }
    if (index >= low) {
      // More index bits, fewer for the hash; then the name's slot is found again.
      this.rehash(slots.length, lowMaskFor(index + 1));
      return this.firstOf(name, index);
    }
    slots[at] = tag | (index + 1);
    if (++this.count * SPREAD > slots.length) this.rehash(slots.length * 2, low);
    return undefined;
  }

  /**
   * The slots made anew, `size` of them with the index bits of mask `low`, each name hashed
   * again (a slot keeps only part of its hash): when the slots fill past two thirds, or an index
   * comes that its bits cannot hold. Only when more names come than the table was made for, or
   * an index past them; the analysis' tables are made for their whole list.
   */
  private rehash(size: number, low: number): void {
    const old = this.slots;
    const oldLow = this.low;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (const held of old) {
      if (held === 0) continue;
      const first = (held & oldLow) - 1;
      // Every stored index was given with its name, which nameAt gives back.
      const hash = hashOf(this.nameAt(first) ?? '');
      let at = hash & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = (hash & ~low) | (first + 1);
    }
    this.slots = slots;
    this.low = low;
  }
}

/** Indices stay below this, so that 1 + an index and a tag fit an int32 slot with bits to spare. */
const MAX_INDEX = 2 ** 30 - 1;

/** Slots per name, at least: the slots are at most two thirds full (see `slots`). */
const SPREAD = 1.5;

/**
 * The mask of the low bits that hold 1 + any index below `count` (0 is an empty slot): as few
 * as will do, so that the most of each hash is kept. Past MAX_INDEX it throws, which no config
 * reaches: no text JavaScript can hold parses to a list of a billion entries.
 */
function lowMaskFor(count: number): number {
  if (count > MAX_INDEX) throw new RangeError(`No table of first indices for ${count} names`);
  return 2 ** (32 - Math.clz32(count)) - 1;
}

/**
 * The slot array the last finished table released, handed to one table at a time. One, since a
 * table keeps its indices and hashes in one array.
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
