/**
 * The first index each name was seen at: a `Map<string, number>`'s job, done with one typed
 * array of slots sized up front. Why: for the 15,475 distinct strategy names of a 5 MB file a
 * Map took about 1.7 ms (its table grows and is copied over a dozen times as it fills); this
 * open-addressing table, sized once from the strategy count, about half of that.
 */
export class FirstIndexByName {
  /** 0 for an empty slot, else 1 + the entry's position in `names` and `firsts`. */
  private slots: Int32Array;
  private readonly names: string[] = [];
  private readonly firsts: number[] = [];

  /** `expected`: about how many names will be seen (the table grows past it anyway). */
  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
  }

  /** The index `name` was first seen at; undefined the first time, which records `index`. */
  firstOf(name: string, index: number): number | undefined {
    const mask = this.slots.length - 1;
    let slot = hashOf(name) & mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      if (this.names[entry - 1] === name) return this.firsts[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.names.push(name);
    this.firsts.push(index);
    this.slots[slot] = this.names.length;
    if (this.names.length * 2 > this.slots.length) this.grow();
    return undefined;
  }

  /** Doubles the slots, keeping the table at most half full so that probes stay short. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.names.forEach((name, i) => {
      let slot = hashOf(name) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    });
    this.slots = slots;
  }
}

/** 32-bit FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
