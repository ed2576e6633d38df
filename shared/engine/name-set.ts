/** The name `load_strategies` reads from a strategy: the default name is "". */
export function strategyName(s: Readonly<Record<string, unknown>>): unknown {
  return s.name === undefined ? '' : s.name;
}

/**
 * The strategy names `load_strategies` has seen, as Python's set compares them: `1`, `1.0` and
 * `true` are one name, `"1"` another. Text, almost every name, goes into an open-addressing
 * table of its own, of hashes only, pointing back into the list rather than holding the text:
 * a `Set` of 100,000 names costs about twice as much, as each probe reads another string's
 * hash from elsewhere in the heap and the table is rebuilt each time it grows.
 */
export class NameSet {
  /** Each slot's hash, never 0 (0: empty); probes read this table only, a quarter of the cache. */
  private readonly hashes: Int32Array;
  /** Each slot's strategy index, read only when the hashes match. */
  private readonly indices: Int32Array;
  /** Names that are not text: few, so a plain Set. */
  private readonly others = new Set<unknown>();

  /** `strategies`: the list whose entries are added, each an object and each at most once. */
  constructor(private readonly strategies: readonly unknown[]) {
    // Twice as many slots as strategies: never more than half full, a probe soon ends.
    let size = 16;
    while (size < strategies.length * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.indices = new Int32Array(size);
  }

  /** Adds the name of strategy `index` (hashable); false when an earlier one has the same. */
  add(index: number, name: unknown): boolean {
    if (typeof name !== 'string') {
      const key = typeof name === 'boolean' ? (name ? 1 : 0) : name;
      const before = this.others.size;
      return this.others.add(key).size > before;
    }
    const hash = hashText(name) || 1;
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    let at = hash & mask;
    for (let held = hashes[at] ?? 0; held !== 0; held = hashes[at] ?? 0) {
      if (held === hash && this.textAt(this.indices[at] ?? 0) === name) return false;
      at = (at + 1) & mask;
    }
    hashes[at] = hash;
    this.indices[at] = index;
    return true;
  }

  private textAt(index: number): unknown {
    return strategyName(this.strategies[index] as Readonly<Record<string, unknown>>);
  }
}

/** FNV-1a over the UTF-16 code units, then a mix so that the low bits, the slot, vary too. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}
