import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../shared/diagnostics/check-config.ts';
import { truthy } from '../../../shared/engine/python-values.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { checkConfig as checkConfigReference } from './reference/check-config.ts';
import { SIZING_SPELLINGS, methodValue } from '../sizing-spellings.ts';

// checkConfig judges what strategies share (an effective sizing, a sizer config, a pattern of
// spellings) once. These configs make strategies share some of those and differ in the others:
// blocks drawn from a small pool, each with twins spelled the other way or under the other
// method key, so one sizing meets several configs and spellings.

type Dict = Record<string, unknown>;

/** The other spelling of each sizing key that has one (guide and engine names). */
const TWIN: Readonly<Dict> = {
  fixed_usd_amount: 'fixed_amount_usd',
  fixed_amount_usd: 'fixed_usd_amount',
  equity_percentage: 'percent_equity',
  percent_equity: 'equity_percentage',
  method: 'position_sizing_method',
  position_sizing_method: 'method',
};

/** Stand-ins for what JSON.stringify cannot write, replaced in the text. */
const NEG_ZERO = '<-0>';
const HUGE = '<1e999>';

/** Values a file may hold, the numbers a parser could misread among them (-0, 1e999). */
const value = fc.constantFrom<unknown>(0, NEG_ZERO, 0.02, 0.3, 2, 50, 1000, 'x', null, true, HUGE);
const HOSTILE = ['__proto__', 'constructor', '0', '12'];

const block: fc.Arbitrary<Dict> = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...SIZING_SPELLINGS, ...HOSTILE), value, { maxKeys: 6 }),
    fc.option(methodValue, { nil: undefined }),
    fc.option(methodValue, { nil: undefined }),
  )
  // The engine reads position_sizing_method when method is falsy; the guide reads method.
  .map(([keys, method, alt]) => ({
    ...(method === undefined ? {} : { method }),
    ...(alt === undefined ? {} : { position_sizing_method: alt }),
    ...keys,
  }));

/** Method names the guide reads as one and the engine does not (it knows only the second). */
const METHOD_TWIN: Readonly<Dict> = {
  kelly: 'kelly_criterion',
  kelly_criterion: 'kelly',
  equity_percentage: 'percent_equity',
  percent_equity: 'equity_percentage',
};

/** The block with some keys and method names renamed to their twins: the guide may read it the same. */
function twinOf(b: Dict, renamed: readonly boolean[], alt: unknown): Dict {
  // Under a falsy method the guide reads it, the engine position_sizing_method: a twin with
  // another one may share the guide's sizing but not the engine's config.
  const out: Dict = truthy(b.method) ? {} : { position_sizing_method: alt };
  Object.keys(b).forEach((key, i) => {
    const rename = renamed[i % renamed.length] === true;
    const twin = TWIN[key];
    const to = rename && typeof twin === 'string' ? twin : key;
    const v = b[key];
    const method = typeof v === 'string' && Object.hasOwn(METHOD_TWIN, v) ? METHOD_TWIN[v] : v;
    if (!Object.hasOwn(out, to)) out[to] = key.endsWith('method') && !rename ? method : v;
  });
  return out;
}

/** A global block setting every parameter: strategies with blocks of their own inherit from it. */
const FULL_GLOBAL: Dict = {
  method: 'fixed_usd',
  fixed_usd_amount: 1000,
  equity_percentage: 0.05,
  risk_per_trade_pct: 0.02,
  max_position_size_usd: 5000,
  fixed_units: 0.1,
  kelly_win_rate: 0.55,
  kelly_avg_win: 0.03,
  kelly_avg_loss: 0.02,
  kelly_max_position_pct: 0.25,
};

const pool = fc
  .tuple(
    fc.array(block, { minLength: 1, maxLength: 3 }),
    fc.array(fc.boolean(), { minLength: 1 }),
    methodValue,
  )
  .map(([blocks, renamed, alt]) => [...blocks, ...blocks.map((b) => twinOf(b, renamed, alt))]);

const extras = fc.record(
  {
    stop_loss_pct: fc.constantFrom<unknown>(0.2, 2, 3, NEG_ZERO, HUGE),
    risk_per_trade_pct: fc.constantFrom<unknown>(0.02, 2),
    max_position_size: fc.constant(5),
    risk_adjustment: fc.constant({ enabled: true, min_risk_pct: 5, max_risk_pct: 1 }),
    indicators: fc.constantFrom<unknown>(['rsi'], ['rsi', 'macd'], []),
    ['__proto__']: fc.constant({ stop_loss_pct: 0.1 }),
  },
  { requiredKeys: [] },
);

/** `value` inside `levels` lists and objects by turns, as a file nested 250-262 deep. */
function nested(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

const config = fc
  .tuple(
    pool,
    fc.option(fc.nat(5), { nil: undefined }),
    fc.array(fc.tuple(fc.option(fc.nat(5), { nil: undefined }), extras, fc.boolean()), {
      minLength: 1,
      maxLength: 40,
    }),
    fc.integer({ min: 250, max: 262 }),
  )
  .map(([blocks, globalPick, picks, depth]) => ({
    position_sizing: globalPick === undefined ? FULL_GLOBAL : blocks[globalPick % blocks.length],
    indicators: [{ name: 'rsi' }],
    notes: nested(depth),
    strategies: picks.map(([pick, extra, unique], i) => {
      const picked = pick === undefined ? undefined : blocks[pick % blocks.length];
      // Now and then a block of its own, so the sharing trial sees misses too.
      const own = unique && picked !== undefined ? { ...picked, max_leverage: i + 1 } : picked;
      return {
        name: `s${i % 7}`,
        ...extra,
        ...(own === undefined ? {} : { position_sizing: own }),
      };
    }),
  }));

/** The config's text, with a number JSON.stringify cannot write; the value the app reads. */
function parsedBack(c: Dict): unknown {
  const text = JSON.stringify(c)
    .replaceAll(JSON.stringify(NEG_ZERO), '-0')
    .replaceAll(JSON.stringify(HUGE), '1e999');
  return parseText(text).value;
}

function findings(check: typeof checkConfig, value: unknown): unknown {
  const strategies = resolveStrategies(value);
  return check(value, strategies, resolveEngine(value));
}

describe('diagnostics/check-config where strategies share part of their sizing', () => {
  it('finds what one pass per check finds, in the same order (property)', () => {
    fc.assert(
      fc.property(config, (c) => {
        const value = parsedBack(c);
        const found = findings(checkConfig, value);
        const expected = findings(checkConfigReference, value);
        expect(found).toEqual(expected);
        expect(JSON.stringify(found)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart strategies sharing a sizing whose engine methods differ (edge)', () => {
    // method "" is the guide's (an unknown method) for both; the engine reads the other key.
    const blocks = [
      { method: '', position_sizing_method: 'risk_based' },
      { method: '', position_sizing_method: 'kelly_criterion' },
    ];
    for (const order of [blocks, [...blocks].reverse()]) {
      const value = parsedBack({
        position_sizing: FULL_GLOBAL,
        strategies: [...order, ...order].map((b, i) => ({ name: `s${i}`, position_sizing: b })),
      });
      const found = findings(checkConfig, value) as { code: string }[];
      expect(found).toEqual(findings(checkConfigReference, value));
      expect(found.filter((d) => d.code === 'engine-not-inherited')).toHaveLength(8);
    }
  });
});
