import { FirstIndexByName } from '../first-index-by-name.ts';

/** The name `load_strategies` reads from a strategy: the default name is "". */
export function strategyName(s: Readonly<Record<string, unknown>>): unknown {
  return s.name === undefined ? '' : s.name;
}

/**
 * The strategy names `load_strategies` has seen, as Python's set compares them: `1`, `1.0` and
 * `true` are one name, `"1"` another. Non-empty text, almost every name, is looked up in the
 * list's table of first indices (see firstIndicesOfNames), hashed once for the whole analysis.
 */
export class NameSet {
  /** Names that are not non-empty text: few, so a plain Set. */
  private readonly others = new Set<unknown>();

  /** `firsts`: firstIndicesOfNames of the strategies list whose names are added. */
  constructor(private readonly firsts: Int32Array) {}

  /**
   * True when strategy `index` is the first with its name, a non-empty text: known from the
   * table, without reading the name (almost every strategy's case).
   */
  firstText(index: number): boolean {
    return this.firsts[index] === index;
  }

  /** Adds the name of strategy `index` (hashable); false when an earlier one has the same. */
  add(index: number, name: unknown): boolean {
    if (typeof name === 'string' && name !== '') return this.firsts[index] === index;
    const key = typeof name === 'boolean' ? (name ? 1 : 0) : name;
    const before = this.others.size;
    return this.others.add(key).size > before;
  }
}

/**
 * For each entry of a strategies list, the index of the first entry with the same name: its own
 * index when no earlier one has it, -1 when the entry is not an object or its `name` is not
 * non-empty text. Why one table: the guide's duplicate-strategy check and the engine's start-up
 * name check each hashed every name of the file; with this they share one pass.
 */
export function firstIndicesOfNames(entries: readonly unknown[]): Int32Array {
  // The names are read back from the entries: the table keeps none of them.
  const seen = new FirstIndexByName(entries.length, (index) => textName(entries[index]));
  const firsts = new Int32Array(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    const name = textName(entries[i]);
    if (name !== undefined) firsts[i] = seen.firstOf(name, i) ?? i;
  }
  seen.release();
  return firsts;
}

/** An object entry's `name` when it is non-empty text: what the table of first indices holds. */
export function textName(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  // A scalar read is the entry's own: what Object.prototype holds are functions and objects.
  const name = (entry as Readonly<Record<string, unknown>>).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
