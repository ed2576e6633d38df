import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_PARAM_KEYS } from '../../../shared/engine/engine-keys.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { startCauses } from '../../../shared/engine/engine-start.ts';
import { firstIndicesOfNames } from '../../../shared/engine/name-set.ts';
import { referenceGlobal, referenceStrategy } from '../reference/engine-reference.ts';
import { referenceStartCauses } from '../reference/start-reference.ts';

type Dict = Record<string, unknown>;

// Values a hand-edited file holds where the engine wants something else: Python reads 1, 1.0
// and true alike in a set but not as text, an empty list or object is falsy, and `float()`
// reads text with spaces, underscores, "nan" and "inf".
const NUMBERS = [1, 0, -1, 0.5, 2, 1e308, '5', ' 2 ', 'nan', '-inf', '1_000', 'abc', true, false];
const HOSTILE = [null, [], {}, [0], { a: 0 }, '', 0];
const VALUES: Readonly<Record<string, readonly unknown[]>> = {
  name: ['a', 'b', 's1', '1', 1, true, false, 0, '__proto__', 'constructor', ['a'], ...HOSTILE],
  market: ['ETH-USD', 'ETH', '-', ['ETH-USD'], ['-'], ['a-b'], 5, ...HOSTILE],
  exchange: ['hyperliquid', 1, ['x'], ...HOSTILE],
  indicators: [
    ['rsi'],
    ['rsi', 'macd'],
    ['nope'],
    ['off'],
    ['notype'],
    ['odd'],
    'rsi',
    [1],
    [['rsi']],
    [{}],
    [null],
    [true],
    ...HOSTILE,
  ],
  timeframe: ['1h', '4h', '1H', ' 1h', '1h\n', '01h', '2h', '5m', '1w', '\u0663m', 1, ...HOSTILE],
  enabled: [true, false, 0, 1, 'false', ...HOSTILE],
  main_leverage: NUMBERS,
  hedge_leverage: NUMBERS,
  hedge_ratio: [...NUMBERS, 1.5, 0.25],
  stop_loss_pct: [...NUMBERS, ...HOSTILE],
  take_profit_pct: NUMBERS,
  max_position_size: NUMBERS,
  max_position_size_usd: NUMBERS,
  risk_per_trade_pct: [...NUMBERS, 0.02, 1.5],
  position_sizing: [
    { method: 'fixed_usd', fixed_usd_amount: 500 },
    { fixed_usd_amount: 500, method: 'fixed_usd' },
    { fixed_usd_amount: true },
    { fixed_usd_amount: 1 },
    { fixed_usd_amount: '1' },
    { method: 1 },
    { position_sizing_method: 'risk_based', risk_per_trade_pct: 0.01 },
    { method: '', position_sizing_method: 'kelly_criterion', kelly_win_rate: 0.55 },
    { kelly_avg_win: 0.03, kelly_win_rate: 0.55, method: 'kelly_criterion' },
    { max_leverage: 0, min_position_size_usd: 5 },
    { equity_percentage: 0.1, percent_equity: 0.2, method: 'percent_equity' },
    { max_position_size_usd: [1000] },
    5,
    ...HOSTILE,
  ],
  __proto__: [1, { method: 'fixed_usd' }, null],
  constructor: [1, 'x'],
  '0': [1],
};
const KEYS = Object.keys(VALUES).concat('__proto__');

/** A JSON member as text: `__proto__` stays an own key, and a key may be written twice. */
const member = fc
  .constantFrom(...KEYS)
  .chain((key) => fc.constantFrom(...(VALUES[key] ?? [])).map((value) => [key, value] as const));

const objectText = (members: readonly (readonly [string, unknown])[]): string =>
  `{${members.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;

/** Most strategies start from one the engine runs, with hostile members written over it. */
const strategyText = fc.oneof(
  fc
    .array(member, { maxLength: 10 })
    .map((members) =>
      objectText([
        ['name', 's'],
        ['market', 'ETH-USD'],
        ['exchange', 'hyperliquid'],
        ['indicators', ['rsi']],
        ...members,
      ]),
    ),
  fc.array(member, { maxLength: 6 }).map(objectText),
  fc.constantFrom('null', '[]', '3', '"s"'),
);

const INDICATORS = [
  { name: 'rsi', type: 'rsi' },
  { name: 'macd', type: 'macd', params: { fast: 12 } },
  { name: 'off', type: 'rsi', enabled: false },
  { name: 'notype' },
  { name: 'odd', type: 'odd' },
  { name: 'rsi', type: 'nope' },
  { name: 'broken', type: 'ma', parameters: 3, params: 5 },
];
const GLOBALS = [
  undefined,
  { method: 'fixed_usd', fixed_usd_amount: 250 },
  { method: 'risk_based' },
  { method: 'kelly_criterion' },
  {},
  null,
];

/** A config as text, parsed as the engine's `json.load` and the app read it. */
const config: fc.Arbitrary<Dict> = fc
  .record({
    strategies: fc.array(strategyText, { maxLength: 12 }),
    indicators: fc.oneof(fc.subarray(INDICATORS), fc.constantFrom<unknown>(undefined, 3, {})),
    global: fc.constantFrom(...GLOBALS),
    exchanges: fc.constantFrom<unknown>([{ name: 'h' }], [], [{}], undefined),
  })
  .map(({ strategies, indicators, global, exchanges }) => {
    const root: Dict = {
      ...(exchanges === undefined ? {} : { exchanges }),
      ...(indicators === undefined ? {} : { indicators }),
      ...(global === undefined ? {} : { position_sizing: global }),
    };
    const text = JSON.stringify(root).replace(/}$/, '');
    const sep = text === '{' ? '' : ',';
    return JSON.parse(`${text}${sep}"strategies":[${strategies.join(',')}]}`) as Dict;
  });

describe('engine start-up causes against a plain reference (ENGINE.md §1)', () => {
  it('finds every cause of every strategy, in the engine order, names table given or not', () => {
    fc.assert(
      fc.property(config, (c) => {
        const want = referenceStartCauses(c);
        expect(startCauses(c)).toEqual(want);
        const names = firstIndicesOfNames(c.strategies as unknown[]);
        expect(startCauses(c, names)).toEqual(want);
      }),
      { numRuns: 600 },
    );
  });

  it('gives every strategy the sizer, values (in the engine order) and flag of the reference', () => {
    fc.assert(
      fc.property(config, (c) => {
        const model = resolveEngine(c, { names: firstIndicesOfNames(c.strategies as unknown[]) });
        const global = referenceGlobal(c).sizer;
        (c.strategies as unknown[]).forEach((entry, i) => {
          const es = model.strategies[i];
          const want = referenceStrategy(global, entry);
          expect(es?.enabled).toBe(want.enabled);
          expect(es?.sizer.sizer).toBe(want.sizer);
          const params = es?.sizer.config.params ?? {};
          expect(Object.keys(params)).toEqual(ENGINE_PARAM_KEYS);
          expect({ ...params }).toEqual(want.config.params);
          expect({ ...es?.sizer.config.sources }).toEqual(want.config.sources);
          expect(es?.sizer.config.methodValue).toBe(want.config.methodValue);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('sizes strategies alike after sharing stopped paying as before it', () => {
    // 1,500 blocks that all differ make the shared tables stop storing; the ones after them
    // repeat earlier blocks, with numbers that are fractions (each read a fresh number).
    const strategies = Array.from({ length: 3000 }, (_, i) => ({
      name: `s${i}`,
      enabled: i % 3 !== 0,
      position_sizing: {
        method: i % 2 === 0 ? 'fixed_usd' : 'percent_equity',
        max_position_size_usd: i < 1500 ? 1000 + i : 1000 + (i % 7),
        equity_percentage: 0.05 + (i % 5) / 100,
      },
    }));
    const c = JSON.parse(JSON.stringify({ exchanges: [], strategies })) as Dict;
    const model = resolveEngine(c);
    const global = referenceGlobal(c).sizer;
    strategies.forEach((entry, i) => {
      const es = model.strategies[i];
      const want = referenceStrategy(global, (c.strategies as unknown[])[i]);
      expect({ enabled: es?.enabled, params: { ...es?.sizer.config.params } }).toEqual({
        enabled: want.enabled,
        params: want.config.params,
      });
      expect(es?.sizer.config.params.max_position_size_usd).toBe(
        entry.position_sizing.max_position_size_usd,
      );
    });
  });
});
