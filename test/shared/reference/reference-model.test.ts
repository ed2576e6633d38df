import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { sameSize } from '../../../shared/engine/engine-why.ts';
import { globalLayer, resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import type { PreviewInputs } from '../../../shared/sizing/preview.ts';
import { previewAll } from '../../../shared/sizing/preview.ts';
import { anyConfig, anyInputs } from '../engine/engine-arbitraries.ts';
import { referenceGlobal, referenceStrategy, referenceTrade } from './engine-reference.ts';
import { isObject, priceOf, referenceGuideRow, referenceResolve } from './guide-reference.ts';
import { SIZING_SPELLINGS, methodValue } from '../sizing-spellings.ts';

type Dict = Record<string, unknown>;

// Values a hand-edited file holds, among them those a shared result could confuse: 0 and -0,
// 1 and true and "1", {} and [] (objects are never shared by value).
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0.01, 0.02, 0.05, 0.25, 0.6, 1, 2, 3, 25) },
  { weight: 6, arbitrary: fc.constantFrom(10, 100, 500, 1000, 2500, 5000, 20_000) },
  { weight: 3, arbitrary: fc.double({ min: -10, max: 50_000, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(0, -0, true, false, '1', '500', null, {}, []) },
);
const SPELLINGS = [...SIZING_SPELLINGS, 'note'];
/** A block as an ordered list of entries: the same keys in another order make another block. */
const block: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(
        fc
          .constantFrom(...SPELLINGS)
          .chain((k) => (k.includes('method') ? methodValue : value).map((v) => [k, v] as const)),
        { maxLength: 6 },
      )
      .map((entries) => Object.fromEntries(entries)),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, {}, [], 'fixed_usd', 0, true) },
);

/** A value a shared result could take for this one: equal under `==`, or in a Map, but not the same. */
function twinOf(v: unknown): unknown {
  if (v === 0) return Object.is(v, -0) ? 0 : -0;
  if (v === 1) return true;
  if (v === true) return 1;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return {};
  if (v !== null && typeof v === 'object') return [];
  return v === null ? 0 : null;
}

/** Blocks like `b` that differ in one value only, or only in the order of their keys. */
function twins(b: unknown, at: number, reorder: boolean): unknown[] {
  if (!isObject(b)) return [b];
  const entries = Object.entries(b);
  if (entries.length === 0) return [{ ...b }];
  const i = at % entries.length;
  const changed = entries.map(([k, v], j) => [k, j === i ? twinOf(v) : v]);
  const out: unknown[] = [Object.fromEntries(changed), { ...b }];
  if (reorder) out.push(Object.fromEntries([...entries].reverse()));
  return out;
}

/** Many strategies drawn from a few blocks, so that results shared between strategies are hit. */
const pooledConfig: fc.Arbitrary<Dict> = fc
  .record({
    global: fc.option(block, { nil: undefined }),
    root: fc.record(
      {
        max_position_size_usd: value,
        max_leverage: value,
        max_account_risk_pct: fc.constantFrom<unknown>(1, 2, '2', true),
      },
      { requiredKeys: [] },
    ),
    pool: fc
      .tuple(block, fc.nat(), fc.boolean())
      .map(([b, at, reorder]) => [b, ...twins(b, at, reorder)]),
    picks: fc.array(
      fc.record({
        block: fc.nat(),
        kind: fc.constantFrom('named', 'named', 'named', 'unnamed', 'no-block', 'not-an-object'),
        stop: fc.constantFrom<unknown>(undefined, 2, 5, 10, -1, '3', 150),
        enabled: fc.constantFrom<unknown>(undefined, true, false, 0),
        market: fc.constantFrom<unknown>('ETH-USD', 'BTC-USD', undefined, ''),
        adjust: fc.option(
          fc.record({ enabled: fc.boolean(), min_risk_pct: value, max_risk_pct: value }),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ global, root, pool, picks }) => ({
    exchanges: [{ name: 'hyperliquid' }],
    indicators: [{ name: 'rsi', type: 'rsi' }],
    ...root,
    ...(global === undefined ? {} : { position_sizing: global }),
    strategies: picks.map((p, i) => {
      if (p.kind === 'not-an-object') return i % 2 === 0 ? null : 3;
      const s: Dict = { market: p.market, exchange: 'hyperliquid', indicators: ['rsi'] };
      if (p.kind !== 'unnamed') s.name = `s${i}`;
      if (p.kind !== 'no-block') s.position_sizing = pool[p.block % pool.length];
      if (p.stop !== undefined) s.stop_loss_pct = p.stop;
      if (p.enabled !== undefined) s.enabled = p.enabled;
      if (p.adjust !== undefined) s.risk_adjustment = p.adjust;
      return JSON.parse(JSON.stringify(s)) as Dict;
    }),
  }));

const inputs: fc.Arbitrary<PreviewInputs> = fc
  .tuple(
    anyInputs,
    fc.option(fc.double({ min: 0.5, max: 90_000, noNaN: true }), { nil: undefined }),
  )
  .map(([base, btc]) => (btc === undefined ? base : { ...base, prices: { 'BTC-USD': btc } }));

const configs = fc.oneof(anyConfig, pooledConfig);
const noErrors = { sizing: () => [] };

/** Whether the strength or a sizing number the strategy can read is so small products underflow. */
function underflows(config: Record<string, unknown>, index: number, strength: number): boolean {
  const tiny = (v: unknown): boolean => typeof v === 'number' && v !== 0 && Math.abs(v) < 1e-290;
  const strategy = (config.strategies as unknown[])[index];
  const blocks = [
    config,
    config.position_sizing,
    (strategy as { position_sizing?: unknown })?.position_sizing,
  ];
  return (
    tiny(strength) ||
    blocks.some((b) => typeof b === 'object' && b !== null && Object.values(b).some(tiny))
  );
}

describe('the optimised resolve and preview against a plain reference (SPEC §3–4, ENGINE.md §2–4)', () => {
  it('resolves every strategy of the guide model as the reference does', () => {
    fc.assert(
      fc.property(configs, (config) => {
        const got = resolveStrategies(config);
        const want = referenceResolve(config);
        expect(got.length).toBe(want.length);
        got.forEach((s, i) => {
          const w = want[i];
          expect({
            name: s.name,
            market: s.market,
            enabled: s.enabled,
            values: s.sizing.values,
            sources: s.sizing.sources,
            spelled: s.layer.spelled,
            method: s.sizing.method,
            stop: s.stop,
          }).toEqual({
            name: w?.name,
            market: w?.market,
            enabled: w?.enabled,
            values: w?.values,
            sources: w?.sources,
            spelled: w?.spelled,
            method: w?.method,
            stop: w?.stop,
          });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('gives every strategy the engine sizer, parameters and sources the reference builds', () => {
    fc.assert(
      fc.property(configs, (config) => {
        const model = resolveEngine(config);
        const global = referenceGlobal(config);
        if (!global.builds) expect(model.starts).toBe(false);
        const entries = config.strategies as unknown[];
        expect(model.strategies.length).toBe(entries.length);
        model.strategies.forEach((es, i) => {
          const w = referenceStrategy(global.sizer, entries[i]);
          const c = es.sizer.config;
          expect({
            sizer: es.sizer.sizer,
            because: es.sizer.sizer === 'global' ? es.sizer.because : undefined,
            enabled: es.enabled,
            config: { ...c, params: { ...c.params }, sources: { ...c.sources } },
          }).toEqual({ sizer: w.sizer, because: w.because, enabled: w.enabled, config: w.config });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('previews every strategy, guide and engine, with the figures and totals of the reference', () => {
    fc.assert(
      fc.property(configs, inputs, (config, at) => {
        const model = resolveEngine(config);
        const strategies = resolveStrategies(config);
        const preview = previewAll(
          { strategies, engine: model, globalLayer: globalLayer(config) },
          noErrors,
          at,
        );
        const global = referenceGlobal(config);
        const entries = config.strategies as unknown[];
        const s = at.strength ?? 1;
        let total = 0;
        let engineTotal = 0;
        referenceResolve(config).forEach((g, i) => {
          const row = preview.strategies[i];
          const { engine, ...guideRow } = row ?? { engine: null };
          const want = referenceGuideRow(g, at);
          expect(guideRow).toEqual(want);
          if (g.enabled && want.size_usd !== null) total += want.size_usd;
          const es = referenceStrategy(global.sizer, entries[i]);
          const price = priceOf(g.market, at);
          const trade =
            price === null
              ? undefined
              : referenceTrade(es.config, global.rootCap, global.rootLeverage, at.equity, price, s);
          const notTraded =
            trade === undefined
              ? null
              : !model.starts
                ? 'engine-start'
                : !es.enabled
                  ? 'disabled'
                  : !(trade.usd > 0)
                    ? 'zero-size'
                    : trade.usd > at.equity
                      ? 'over-balance'
                      : null;
          if (trade !== undefined && notTraded === null) engineTotal += trade.usd;
          const { why, ...engineRow } = engine ?? { why: [] };
          expect(engineRow).toEqual({
            sizer: es.sizer,
            method: es.config.method,
            size_usd: trade?.usd ?? null,
            size_units: trade?.units ?? null,
            trades: trade !== undefined && notTraded === null,
            not_traded: notTraded,
          });
          // SPEC §7: why is empty exactly when the two sizes are equal. Left out where a value
          // near the end of the double range (5e-324, a strength of 1e-300) makes one model's
          // product underflow to 0 while the other's is raised to its min: no why code names
          // that yet (a known gap, not this test's subject).
          if (underflows(config, i, s)) return;
          // A negative guide size comes only from a parameter SPEC §4 calls a range error (such as
          // max_leverage -1e-12), which withholds the guide's size in the app; this test passes
          // no errors to compare raw figures, so the law is not asked of such a size.
          if (want.size_usd !== null && want.size_usd < 0) return;
          const same =
            trade === undefined || (want.size_usd !== null && sameSize(want.size_usd, trade.usd));
          expect(why.length === 0).toBe(same);
        });
        expect(preview.total_usd).toBe(total);
        expect(preview.engine_total_usd).toBe(engineTotal);
      }),
      { numRuns: 400 },
    );
  });
});
