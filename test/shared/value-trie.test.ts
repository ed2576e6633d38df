import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRIAL_LOOKUPS } from '../../shared/sharing-trial.ts';
import { ValueTrie } from '../../shared/value-trie.ts';

type Walk = readonly (readonly [slot: number, key: unknown])[];

/**
 * The plain model: a walk is looked up by its whole sequence written out, each new prefix costs
 * one node of the budget, and a walk through an object, a list or -0 is never looked up.
 */
class PlainTrie {
  private readonly stored = new Map<string, number>();
  private readonly prefixes = new Set<string>();

  constructor(private readonly budget: number) {}

  /** The sequence's text, or undefined where the real trie stops following the walk. */
  private follow(walk: Walk): string | undefined {
    let text = '';
    for (const [slot, key] of walk) {
      if ((key !== null && typeof key === 'object') || Object.is(key, -0)) return undefined;
      const next = `${text}|${slot}:${typeof key}:${String(key)}`;
      if (!this.prefixes.has(next)) {
        if (this.prefixes.size >= this.budget) return undefined;
        this.prefixes.add(next);
      }
      text = next;
    }
    return text;
  }

  lookUpOrStore(walk: Walk, value: number): number | undefined {
    const at = this.follow(walk);
    if (at === undefined) return undefined;
    const known = this.stored.get(at);
    if (known !== undefined) return known;
    this.stored.set(at, value);
    return undefined;
  }
}

// Values a shared result could confuse: 0 and -0, 1 and true and "1", NaN, null and undefined.
const key = fc.constantFrom<unknown>(0, -0, 1, true, '1', Number.NaN, null, undefined, 'a', {}, []);
const walk = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), key), { maxLength: 4 });

describe('ValueTrie', () => {
  it('finds a result exactly where a plain lookup of the whole sequence does, within its budget', () => {
    fc.assert(
      fc.property(
        fc.array(walk, { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        (walks, budget) => {
          const trie = new ValueTrie<number>(budget);
          const plain = new PlainTrie(budget);
          walks.forEach((w, n) => {
            const t = trie.start();
            for (const [slot, k] of w) t.step(slot, k);
            const found = t.get();
            if (found === undefined) t.set(n);
            expect(found).toBe(plain.lookUpOrStore(w, n));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tells a first child from a later one in another slot with the same value', () => {
    const trie = new ValueTrie<string>();
    trie.start().step(0, 5).set('slot 0');
    trie.start().step(1, 5).set('slot 1');
    expect(trie.start().step(0, 5).get()).toBe('slot 0');
    expect(trie.start().step(1, 5).get()).toBe('slot 1');
    expect(trie.start().step(2, 5).get()).toBeUndefined();
  });

  it('stops storing new sequences after a trial that found few repeats, and still finds the stored', () => {
    const trie = new ValueTrie<number>();
    for (let n = 0; n <= TRIAL_LOOKUPS; n++) {
      const walk = trie.start().step(0, n);
      if (walk.get() === undefined) walk.set(n);
    }
    trie.start().step(0, 'new').set(-1);
    expect(trie.start().step(0, 'new').get()).toBeUndefined();
    expect(trie.start().step(0, 7).get()).toBe(7);
  });

  it('keeps storing while a quarter of its walks find a stored result', () => {
    const trie = new ValueTrie<number>();
    for (let n = 0; n <= TRIAL_LOOKUPS; n++) {
      const walk = trie.start().step(0, n % 3);
      if (walk.get() === undefined) walk.set(n);
    }
    trie.start().step(0, 'new').set(-1);
    expect(trie.start().step(0, 'new').get()).toBe(-1);
  });

  it('finds a value that is not equal to itself as a Map finds it', () => {
    const trie = new ValueTrie<string>();
    trie.start().step(0, Number.NaN).set('not a number');
    expect(trie.start().step(0, Number.NaN).get()).toBe('not a number');
  });
});
