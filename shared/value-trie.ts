/**
 * Hash-consing of results that depend on a short sequence of JSON scalars: strategies whose
 * sizing blocks hold the same values share one result object instead of holding a copy each.
 * Objects and lists are not looked up (their identity is not their value), nor is -0 (a Map
 * key cannot tell it from 0). The number of nodes is bounded, so a file whose every strategy is
 * different costs a bounded amount of memory and then simply gets fresh results.
 */
export class ValueTrie<T> {
  private readonly root: TrieNode<T> = { next: [], value: undefined };
  private nodes = 0;
  /** Where the walk is; undefined once a value cannot be looked up or the budget is spent. */
  private at: TrieNode<T> | undefined;

  constructor(private readonly budget = 20_000) {}

  /** Starts a walk at the root. */
  start(): this {
    this.at = this.root;
    return this;
  }

  /** Goes one step down the walk: the value `key` holds in slot `slot` (a small number). */
  step(slot: number, key: unknown): this {
    const at = this.at;
    if (at === undefined) return this;
    if ((key !== null && typeof key === 'object') || Object.is(key, -0)) {
      this.at = undefined;
      return this;
    }
    let bySlot = at.next[slot];
    let next = bySlot?.get(key);
    if (next === undefined) {
      if (this.nodes >= this.budget) {
        this.at = undefined;
        return this;
      }
      this.nodes++;
      next = { next: [], value: undefined };
      if (bySlot === undefined) at.next[slot] = bySlot = new Map();
      bySlot.set(key, next);
    }
    this.at = next;
    return this;
  }

  /** The result stored where the walk ended, if any. */
  get(): T | undefined {
    return this.at?.value;
  }

  /** Stores the result where the walk ended (nothing when the walk could not be followed). */
  set(value: T): T {
    if (this.at !== undefined) this.at.value = value;
    return value;
  }
}

interface TrieNode<T> {
  /** By slot, then by the value in it. */
  readonly next: (Map<unknown, TrieNode<T>> | undefined)[];
  value: T | undefined;
}
