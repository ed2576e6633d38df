import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstIndexByName, hashOf } from '../../shared/first-index-by-name.ts';

/** What a Map of first indices answers for each name in turn. */
function byMap(names: readonly string[]): (number | undefined)[] {
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    return first;
  });
}

function byTable(names: readonly string[], expected: number): (number | undefined)[] {
  const table = new FirstIndexByName(expected, (i) => names[i]);
  return names.map((name, i) => table.firstOf(name, i));
}

describe('first-index-by-name', () => {
  it('answers as a Map of first indices does, sized right or far too small (property)', () => {
    const name = fc.oneof(
      fc.constantFrom('a', 'b', '', '__proto__', 'constructor', 'strategy_1', 'strategy_10'),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 200 }), fc.nat(300), (names, expected) => {
        expect(byTable(names, expected)).toEqual(byMap(names));
      }),
    );
  });

  it('spreads names that differ only in the high bits of their characters over many slots', () => {
    // 16,000 names of 一 (U+4E00) and 츀 (U+CE00), which differ in bit 15 alone: unmixed, every
    // one hashed to the same slot and each lookup walked the whole chain.
    const names = Array.from({ length: 16_000 }, (_, n) =>
      Array.from({ length: 14 }, (_, bit) => ((n >> bit) & 1 ? '\uce00' : '\u4e00')).join(''),
    );
    const slots = new Set(names.map((name) => hashOf(name) & 32_767));
    expect(slots.size).toBeGreaterThan(10_000);
  });

  it('keeps every name of a table that grew far past its expected size', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `strategy_${i % 3000}`);
    const answers = byTable(names, 1);
    expect(answers.slice(0, 3000).every((a) => a === undefined)).toBe(true);
    expect(answers.slice(3000)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });

  it('keeps a name given at an index far past the ones it was made for, and reuses its slots after', () => {
    // Few names, sparse indices: the table needs more bits for the index, not more slots.
    const names = new Map([
      [0, 'alpha'],
      [1, 'beta'],
      [1000, 'alpha'],
      [70_000, 'gamma'],
      [70_001, 'beta'],
      [70_002, 'gamma'],
    ]);
    const table = new FirstIndexByName(4, (i) => names.get(i));
    expect([...names].map(([i, name]) => table.firstOf(name, i))).toEqual([
      undefined,
      undefined,
      0,
      undefined,
      1,
      70_000,
    ]);
    table.release();
    // The next table of the same size is handed those slots, zeroed.
    const next = new FirstIndexByName(4, (i) => ['gamma', 'gamma'][i]);
    expect([next.firstOf('gamma', 0), next.firstOf('gamma', 1)]).toEqual([undefined, 0]);
  });

  it('answers as a Map does in a table given the slots of one released before it (property)', () => {
    // Same-sized lists, so that each table takes the slots the one before it gave back.
    const names = fc.array(fc.constantFrom('a', 'b', 'c', 'strategy_1', '__proto__', ''), {
      minLength: 20,
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.array(names, { minLength: 2, maxLength: 4 }), (lists) => {
        for (const list of lists) {
          const table = new FirstIndexByName(list.length, (i) => list[i]);
          expect(list.map((name, i) => table.firstOf(name, i))).toEqual(byMap(list));
          table.release();
        }
      }),
    );
  });
});
