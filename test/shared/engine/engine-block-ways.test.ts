import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveCompactly } from '../../../shared/resolve/resolve-strategies.ts';
import { SIZING_SPELLINGS, methodValue } from '../sizing-spellings.ts';

// analyzeText hands the engine model the guide's number for each way of writing a block, so the
// engine reads each way once. These files repeat a few blocks (exactly, or with one value
// changed), hold blocks the guide cannot share (a list value, -0), blocks of other keys only,
// and strategies without a name: the engine model must be what it is without the numbers.

type Dict = Record<string, unknown>;

const NEG_ZERO = '<-0>';
const HUGE = '<1e999>';
const value = fc.constantFrom<unknown>(0, NEG_ZERO, 0.02, 2, 1000, '', 'x', null, true, HUGE, [1]);
const key = fc.constantFrom(...SIZING_SPELLINGS, '__proto__', 'constructor', 'note', '0');

const block: fc.Arbitrary<Dict> = fc
  .tuple(fc.dictionary(key, fc.oneof(value, methodValue), { maxKeys: 5 }), fc.boolean())
  // Now and then no key at all: `{}` is no block to the engine, `{"note": 1}` is one.
  .map(([keys, empty]) => (empty ? {} : keys));

const config = fc
  .tuple(
    fc.array(block, { minLength: 1, maxLength: 4 }),
    fc.option(fc.nat(3), { nil: undefined }),
    fc.array(fc.tuple(fc.nat(4), fc.constantFrom<unknown>('s', '', undefined, 0)), {
      minLength: 1,
      maxLength: 30,
    }),
  )
  .map(([pool, globalPick, picks]) => ({
    position_sizing:
      globalPick === undefined ? { method: 'fixed_usd' } : pool[globalPick % pool.length],
    strategies: picks.map(([pick, name], i) => ({
      ...(name === undefined ? {} : { name: name === 's' ? `s${i}` : name }),
      // The last pick of the pool stands for no block; a pick past it for a changed copy.
      ...(pick === pool.length
        ? {}
        : {
            position_sizing:
              pick > pool.length ? { ...pool[0], max_leverage: i } : pool[pick % pool.length],
          }),
    })),
  }));

function textOf(c: Dict): string {
  return JSON.stringify(c)
    .replaceAll(JSON.stringify(NEG_ZERO), '-0')
    .replaceAll(JSON.stringify(HUGE), '1e999');
}

describe('engine/engine-model read with the guide block numbers', () => {
  it('is the engine model read without them, for any file (property)', () => {
    fc.assert(
      fc.property(config, (c) => {
        const text = textOf(c);
        const value = parseText(text).value;
        const alone = resolveEngine(value);
        const { blockIds } = resolveCompactly(value);
        expect(resolveEngine(value, { blockIds })).toEqual(alone);
        expect(analyzeText(text).engine).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers blocks written alike once, and tells the engine which numbers it may share by', () => {
    const value = parseText(
      textOf({
        strategies: [
          { name: 'a', position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5 } },
          { name: 'b', position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5 } },
          { name: 'c', position_sizing: { fixed_usd_amount: 5, method: 'fixed_usd' } },
          { name: 'd', position_sizing: { note: 1 } },
          { name: 'e', position_sizing: { fixed_usd_amount: NEG_ZERO } },
          { name: 'f' },
        ],
      }),
    ).value;
    // Key order is part of the way of writing. A block the guide does not share (-0), one of no
    // sizing key and none at all are ways the engine does not share by (negative).
    expect([...resolveCompactly(value).blockIds]).toEqual([1, 1, 2, -4, -5, -1]);
  });
});
