import { SharingTrial } from './sharing-trial.ts';

/**
 * Hash-consing of results that depend on a short sequence of JSON scalars: strategies whose
 * sizing blocks hold the same values share one result object instead of holding a copy each.
 * Objects and lists are not looked up (their identity is not their value), nor is -0 (a Map
 * key cannot tell it from 0). The number of nodes is bounded, so a file whose every strategy is
 * different costs a bounded amount of memory and then simply gets fresh results; and it stops
 * growing while growing does not pay (see SharingTrial).
 */
export class ValueTrie<T> {
  private readonly root = new TrieNode<T>(-1, undefined);
  private nodes = 0;
  private readonly trial = new SharingTrial();
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
    let next = at.child(slot, key);
    if (next === undefined) {
      if (this.nodes >= this.budget || !this.trial.storing) {
        this.at = undefined;
        return this;
      }
      this.nodes++;
      next = at.add(slot, key);
    }
    this.at = next;
    return this;
  }

  /** The result stored where the walk ended, if any. */
  get(): T | undefined {
    const value = this.at?.value;
    this.trial.looked(value !== undefined);
    return value;
  }

  /**
   * True when the walk ended below the root at a node that can hold a result: what {@link set}
   * stores there is then shared by every later walk of the same values, and by no other.
   */
  get sharesBelowRoot(): boolean {
    return this.at !== undefined && this.at !== this.root;
  }

  /** Stores the result where the walk ended (nothing when the walk could not be followed). */
  set(value: T): T {
    if (this.at !== undefined) this.at.value = value;
    return value;
  }
}

/**
 * A node reached by the value `key` in slot `slot`. Its first child is held inline and a Map is
 * made only for a second: in a file whose blocks all differ, each walk soon leaves the shared
 * part of the trie, and below that every node has one child. A Map per node was most of what
 * such a file allocated. (A class, not a literal: see StrategyRow in resolve-strategies.ts.)
 */
class TrieNode<T> {
  value: T | undefined = undefined;
  private first: TrieNode<T> | undefined = undefined;
  /** The children after the first, by slot, then by value. */
  private more: Map<number, Map<unknown, TrieNode<T>>> | undefined = undefined;

  constructor(
    readonly slot: number,
    readonly key: unknown,
  ) {}

  /** The child for `key` in `slot`, as a Map's lookup finds keys (NaN equal to NaN). */
  child(slot: number, key: unknown): TrieNode<T> | undefined {
    const first = this.first;
    if (first === undefined) return undefined;
    if (first.slot === slot && (first.key === key || (first.key !== first.key && key !== key)))
      return first;
    return this.more?.get(slot)?.get(key);
  }

  /** A new child for a `key` in `slot` that {@link child} did not find. */
  add(slot: number, key: unknown): TrieNode<T> {
    const made = new TrieNode<T>(slot, key);
    if (this.first === undefined) {
      this.first = made;
      return made;
    }
    this.more ??= new Map();
    let bySlot = this.more.get(slot);
    if (bySlot === undefined) this.more.set(slot, (bySlot = new Map<unknown, TrieNode<T>>()));
    bySlot.set(key, made);
    return made;
  }
}
