import { slotCount, spreadBits } from './open-slots.ts';

/**
 * The first index each name was seen at: a `Map<string, number>`'s job, done with slots sized
 * up front. Why: for the 15,475 distinct strategy names of a 5 MB file a Map spends most of its
 * time growing (its table is copied over a dozen times as it fills); these slots, sized once
 * from the strategy count, are filled in place. They hold indices and full hashes, not names:
 * a name is read back from the caller's list (`nameAt`) only when its hash matches. An array of 32,768 names is a
 * large object, made old at once, so every young name stored in it was recorded for the next
 * scavenge; typed slots hold no reference at all.
 */
export class FirstIndexByName {
  /** Open addressing: 1 + the first index of the name in each slot (0 when empty), its hash. */
  private slots: Int32Array;
  private hashes: Int32Array;
  private count = 0;

  /**
   * `expected`: about how many names will be seen (the slots grow past it anyway). `nameAt`:
   * the name that was given for an index.
   */
  constructor(
    expected: number,
    private readonly nameAt: (index: number) => string | undefined,
  ) {
    const size = slotCount(expected);
    this.slots = SPARE.take(size);
    this.hashes = SPARE.take(size);
  }

  /**
   * Hands the slots to the next table, once this one is asked nothing more. Why: the next
   * analysis of the same file wants slots of the same size, and fresh ones are memory the system
   * zeroes page by page (4 MB for a 50 MB file, a sixth of the table's time there).
   */
  release(): void {
    SPARE.give(this.slots);
    SPARE.give(this.hashes);
    this.slots = new Int32Array(slotCount(0));
    this.hashes = new Int32Array(slotCount(0));
    this.count = 0;
  }

  /** The index `name` was first seen at; undefined the first time, which records `index`. */
  firstOf(name: string, index: number): number | undefined {
    const hash = hashOf(name);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let held = this.slots[slot]!; held !== 0; held = this.slots[slot]!) {
      if (this.hashes[slot] === hash && this.nameAt(held - 1) === name) return held - 1;
      slot = (slot + 1) & mask;
    }
    this.slots[slot] = index + 1;
    this.hashes[slot] = hash;
    if (++this.count * 2 > this.slots.length) this.grow();
    return undefined;
  }

  /** Doubles the slots, keeping them at most half full so that probes stay short. */
  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === 0) continue;
      let slot = hashes[old]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old]!;
      this.hashes[slot] = hashes[old]!;
    }
  }
}

/** Slot arrays released by finished tables, the last two: each is handed to one table at a time. */
class SpareSlots {
  private readonly kept: Int32Array[] = [];

  /** Zeroed slots of `size`: a released array of that size when there is one. */
  take(size: number): Int32Array {
    const at = this.kept.findIndex((slots) => slots.length === size);
    if (at < 0) return new Int32Array(size);
    const [slots] = this.kept.splice(at, 1);
    return slots!.fill(0);
  }

  give(slots: Int32Array): void {
    this.kept.push(slots);
    if (this.kept.length > 2) this.kept.shift();
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
