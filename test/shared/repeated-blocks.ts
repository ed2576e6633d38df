import fc from 'fast-check';
import { SIZING_SPELLINGS, methodValue } from './sizing-spellings.ts';

// Files whose strategies repeat a few sizing blocks (exactly, or with one value changed), for
// the code that reads each way of writing a block once. They also hold blocks the guide cannot
// share (a list value, -0), blocks of other keys only, blocks that are not objects, strategies
// that are not objects, without a name or with one that is not text, and stops of every kind.

type Dict = Record<string, unknown>;

/** Stand-ins for what JSON.stringify cannot write, replaced in the text (see textOf). */
export const NEG_ZERO = '<-0>';
const HUGE = '<1e999>';

const value = fc.constantFrom<unknown>(0, NEG_ZERO, 0.02, 2, 1000, '', 'x', null, true, HUGE, [1]);
const key = fc.constantFrom(...SIZING_SPELLINGS, '__proto__', 'constructor', 'note', '0');

const block: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.dictionary(key, fc.oneof(value, methodValue), { maxKeys: 5 }), fc.boolean())
      // Now and then no key at all: `{}` is no block to the engine, `{"note": 1}` is one.
      .map(([keys, empty]) => (empty ? {} : keys)),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(5, [], null, 'fixed_usd') },
);

const extras = fc.record(
  {
    stop_loss_pct: fc.constantFrom<unknown>(0.2, 2, 3, 150, NEG_ZERO, HUGE, '2', null),
    market: fc.constantFrom<unknown>('BTC-USD', 'BTCUSD', 3),
    indicators: fc.constantFrom<unknown>(['rsi'], ['rsi', 'macd'], [], 'rsi'),
    risk_per_trade_pct: fc.constantFrom<unknown>(0.02, 2),
    risk_adjustment: fc.constant({ enabled: true, min_risk_pct: 5, max_risk_pct: 1 }),
  },
  { requiredKeys: [] },
);

/** A config of 1–30 strategies drawing their blocks from a pool of 1–4. */
export const repeatedBlocksConfig: fc.Arbitrary<Dict> = fc
  .tuple(
    fc.array(block, { minLength: 1, maxLength: 4 }),
    fc.option(fc.nat(3), { nil: undefined }),
    fc.array(
      fc.tuple(fc.nat(5), fc.constantFrom<unknown>('s', 's', '', undefined, 0, 'dup'), extras),
      { minLength: 1, maxLength: 30 },
    ),
  )
  .map(([pool, globalPick, picks]) => ({
    position_sizing:
      globalPick === undefined ? { method: 'fixed_usd' } : pool[globalPick % pool.length],
    indicators: [{ name: 'rsi', type: 'rsi' }],
    exchanges: [{ name: 'hyperliquid' }],
    strategies: picks.map(([pick, name, extra], i) => {
      // A pick past the pool is a strategy that is not an object, or one without a block.
      if (pick === pool.length + 1) return i % 2 === 0 ? 7 : { name: `s${i}`, ...extra };
      const first = pool[0];
      const own =
        pick === pool.length
          ? typeof first === 'object' && first !== null && !Array.isArray(first)
            ? { ...first, max_leverage: i }
            : first
          : pool[pick];
      return {
        ...(name === undefined ? {} : { name: name === 's' ? `s${i}` : name }),
        ...extra,
        position_sizing: own,
      };
    }),
  }));

/** The config as a file holds it, with the numbers JSON.stringify cannot write. */
export function textOf(config: Dict): string {
  return JSON.stringify(config)
    .replaceAll(JSON.stringify(NEG_ZERO), '-0')
    .replaceAll(JSON.stringify(HUGE), '1e999');
}
