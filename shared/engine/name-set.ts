import { FirstIndexByName } from '../first-index-by-name.ts';

/** The name `load_strategies` reads from a strategy: the default name is "". */
export function strategyName(s: Readonly<Record<string, unknown>>): unknown {
  return s.name === undefined ? '' : s.name;
}

/**
 * The strategy names `load_strategies` has seen, as Python's set compares them: `1`, `1.0` and
 * `true` are one name, `"1"` another. Text, almost every name, goes into slots sized once for
 * the list (see FirstIndexByName): a `Set` of 100,000 names is rebuilt each time it grows.
 */
export class NameSet {
  private readonly texts: FirstIndexByName;
  /** Names that are not text: few, so a plain Set. */
  private readonly others = new Set<unknown>();

  /** `count`: how many names will be added, at most. */
  constructor(count: number) {
    this.texts = new FirstIndexByName(count);
  }

  /** Adds the name of strategy `index` (hashable); false when an earlier one has the same. */
  add(index: number, name: unknown): boolean {
    if (typeof name === 'string') return this.texts.firstOf(name, index) === undefined;
    const key = typeof name === 'boolean' ? (name ? 1 : 0) : name;
    const before = this.others.size;
    return this.others.add(key).size > before;
  }
}
