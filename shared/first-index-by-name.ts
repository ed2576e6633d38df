/**
 * The first index each name was seen at: a `Map<string, number>`'s job, done with slots sized
 * up front. Why: for the 15,475 distinct strategy names of a 5 MB file a Map spends most of its
 * time growing (its table is copied over a dozen times as it fills); these slots, sized once
 * from the strategy count, are filled in place.
 */
export class FirstIndexByName {
  /** Open addressing: the name in each slot (undefined when empty) and its first index. */
  private names: (string | undefined)[];
  private firsts: Int32Array;
  private count = 0;

  /** `expected`: about how many names will be seen (the slots grow past it anyway). */
  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    // Holes read as undefined: no pass to fill them.
    this.names = new Array<string | undefined>(size);
    this.firsts = new Int32Array(size);
  }

  /** The index `name` was first seen at; undefined the first time, which records `index`. */
  firstOf(name: string, index: number): number | undefined {
    const mask = this.names.length - 1;
    let slot = hashOf(name) & mask;
    for (let held = this.names[slot]; held !== undefined; held = this.names[slot]) {
      if (held === name) return this.firsts[slot];
      slot = (slot + 1) & mask;
    }
    this.names[slot] = name;
    this.firsts[slot] = index;
    if (++this.count * 2 > this.names.length) this.grow();
    return undefined;
  }

  /** Doubles the slots, keeping them at most half full so that probes stay short. */
  private grow(): void {
    const { names, firsts } = this;
    this.names = new Array<string | undefined>(names.length * 2);
    this.firsts = new Int32Array(names.length * 2);
    this.count = 0;
    names.forEach((name, slot) => {
      if (name !== undefined) this.firstOf(name, firsts[slot] ?? 0);
    });
  }
}

/**
 * 32-bit FNV-1a over the UTF-16 code units, then mixed: FNV's low bits, the slot, depend only
 * on the low bits of each unit, so names differing in high bits alone (`一…` and `츀…`) would
 * all share one probe chain.
 */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
