import { describe, expect, it } from 'vitest';
import type { NotTraded } from '../../../shared/engine/engine-preview.ts';
import type { WhyCode } from '../../../shared/engine/engine-why.ts';
import { WHY_CODES } from '../../../shared/engine/engine-why.ts';
import type { PreviewInputs } from '../../../shared/sizing/preview.ts';
import { INPUTS, engineConfig, rowOf, strategy } from './engine-config.ts';

/** One config of the table and the figures worked out by hand for its strategy `s`. */
interface Fixture {
  readonly name: string;
  readonly config: Record<string, unknown>;
  readonly inputs?: PreviewInputs;
  /** The guide model's size (SPEC §4), null when it withholds one. */
  readonly guide: number | null;
  readonly engine: {
    readonly sizer: 'strategy' | 'global';
    readonly method: string;
    readonly size_usd: number;
    readonly not_traded: NotTraded | null;
    readonly why: readonly WhyCode[];
  };
}

const global = (position_sizing: Record<string, unknown>, root: Record<string, unknown> = {}) => ({
  ...root,
  position_sizing,
});
const one = (root: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  engineConfig(root, [strategy('s', extra)]);

// Every figure at equity E = 10,000, price P = 3,000, strength 1 unless the row says otherwise.
// Engine: units = base × s / P, then the limits on the base value, then × P (ENGINE.md §4).
const FIXTURES: readonly Fixture[] = [
  {
    // engine spelling: fixed_usd_amount 1,500 → 1,500 / 3,000 × 3,000 = $1,500; max 5,000, min 10,
    // leverage 25 × 10,000 all pass. Guide: 1,500, the same.
    name: 'fixed_usd, engine spelling',
    config: one(
      global({ method: 'fixed_usd', fixed_usd_amount: 1500, max_position_size_usd: 5000 }),
    ),
    guide: 1500,
    engine: { sizer: 'global', method: 'fixed_usd', size_usd: 1500, not_traded: null, why: [] },
  },
  {
    // guide spelling: the engine never reads fixed_amount_usd → the default 1,000 → $1,000. Guide 1,500.
    name: 'fixed_usd, guide spelling',
    config: one(
      global({ method: 'fixed_usd', fixed_amount_usd: 1500, max_position_size_usd: 5000 }),
    ),
    guide: 1500,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 1000,
      not_traded: null,
      why: ['ignored-key'],
    },
  },
  {
    // position_sizing_method is read when method is absent: risk_based, 10,000 × 0.02 / (3,000 −
    // 2,700) = 0.666… units × 3,000 = $2,000. Guide with stop_loss_pct 10: 10,000 × 0.02 / 0.10 = 2,000.
    name: 'risk_based via position_sizing_method, stop 10 %',
    config: one(
      global({
        position_sizing_method: 'risk_based',
        risk_per_trade_pct: 0.02,
        max_position_size_usd: 50_000,
      }),
      { stop_loss_pct: 10 },
    ),
    guide: 2000,
    engine: { sizer: 'global', method: 'risk_based', size_usd: 2000, not_traded: null, why: [] },
  },
  {
    // engine: 10,000 × 0.01 / 300 = 0.333… units × 3,000 = $1,000 (10 % stop). Guide, stop 5 %:
    // 10,000 × 0.01 / 0.05 = $2,000.
    name: 'risk_based, stop 5 %',
    config: one(
      global({ method: 'risk_based', risk_per_trade_pct: 0.01, max_position_size_usd: 50_000 }),
      {
        stop_loss_pct: 5,
      },
    ),
    guide: 2000,
    engine: {
      sizer: 'global',
      method: 'risk_based',
      size_usd: 1000,
      not_traded: null,
      why: ['fixed-stop'],
    },
  },
  {
    // engine spelling: 10,000 × 0.15 = $1,500 on both sides.
    name: 'percent_equity, engine spelling',
    config: one(
      global({ method: 'percent_equity', equity_percentage: 0.15, max_position_size_usd: 5000 }),
    ),
    guide: 1500,
    engine: {
      sizer: 'global',
      method: 'percent_equity',
      size_usd: 1500,
      not_traded: null,
      why: [],
    },
  },
  {
    // strategy block with the guide spelling: the engine's strategy sizer has no equity_percentage →
    // default 0.05 → 10,000 × 0.05 = $500. Guide: 10,000 × 0.2 = $2,000.
    name: 'percent_equity in a strategy block, guide spelling',
    config: one(
      global({ method: 'fixed_usd', fixed_usd_amount: 500, max_position_size_usd: 5000 }),
      {
        position_sizing: { method: 'percent_equity', percent_equity: 0.2 },
      },
    ),
    guide: 2000,
    engine: {
      sizer: 'strategy',
      method: 'percent_equity',
      size_usd: 500,
      not_traded: null,
      why: ['ignored-key'],
    },
  },
  {
    // 0.5 units × 3,000 = $1,500 on both sides.
    name: 'fixed_units',
    config: one(global({ method: 'fixed_units', fixed_units: 0.5, max_position_size_usd: 5000 })),
    guide: 1500,
    engine: { sizer: 'global', method: 'fixed_units', size_usd: 1500, not_traded: null, why: [] },
  },
  {
    // b = 0.03 / 0.02 = 1.5; engine (1.5 × 0.6 − 0.4) / 1.5 = 0.333…, guide 0.6 − 0.4 / 1.5 = 0.333…;
    // both capped at 0.25 → 10,000 × 0.25 = $2,500.
    name: 'kelly_criterion, capped',
    config: one(
      global({
        method: 'kelly_criterion',
        kelly_win_rate: 0.6,
        kelly_avg_win: 0.03,
        kelly_avg_loss: 0.02,
        max_position_size_usd: 5000,
      }),
    ),
    guide: 2500,
    engine: {
      sizer: 'global',
      method: 'kelly_criterion',
      size_usd: 2500,
      not_traded: null,
      why: [],
    },
  },
  {
    // a kelly block in a strategy under fixed_usd: b = 1, (0.55 − 0.45) / 1 = 0.1 → $1,000 both.
    name: 'kelly_criterion in a strategy block',
    config: one(
      global({ method: 'fixed_usd', fixed_usd_amount: 500, max_position_size_usd: 5000 }),
      {
        position_sizing: {
          method: 'kelly_criterion',
          kelly_win_rate: 0.55,
          kelly_avg_win: 0.02,
          kelly_avg_loss: 0.02,
        },
      },
    ),
    guide: 1000,
    engine: {
      sizer: 'strategy',
      method: 'kelly_criterion',
      size_usd: 1000,
      not_traded: null,
      why: [],
    },
  },
  {
    // method "kelly" is unknown to the engine → fixed_usd with fixed_usd_amount 700 → $700.
    // Guide: kelly_criterion as above → $2,500.
    name: 'the guide alias kelly',
    config: one(
      global({
        method: 'kelly',
        kelly_win_rate: 0.6,
        kelly_avg_win: 0.03,
        kelly_avg_loss: 0.02,
        fixed_usd_amount: 700,
        max_position_size_usd: 5000,
      }),
    ),
    guide: 2500,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 700,
      not_traded: null,
      why: ['unknown-method'],
    },
  },
  {
    // strategy method "equity_percentage" → fixed_usd with the inherited 800 → $800.
    // Guide: percent_equity 0.3 → $3,000.
    name: 'the guide alias equity_percentage in a strategy block',
    config: one(
      global({ method: 'fixed_usd', fixed_usd_amount: 800, max_position_size_usd: 5000 }),
      {
        position_sizing: { method: 'equity_percentage', equity_percentage: 0.3 },
      },
    ),
    guide: 3000,
    engine: {
      sizer: 'strategy',
      method: 'fixed_usd',
      size_usd: 800,
      not_traded: null,
      why: ['unknown-method'],
    },
  },
  {
    // the global equity_percentage 0.2 is not passed down → default 0.05 → $500. Guide inherits 0.2 → $2,000.
    name: 'equity_percentage not inherited',
    config: one(
      global({
        method: 'fixed_usd',
        fixed_usd_amount: 500,
        equity_percentage: 0.2,
        max_position_size_usd: 5000,
      }),
      { position_sizing: { method: 'percent_equity' } },
    ),
    guide: 2000,
    engine: {
      sizer: 'strategy',
      method: 'percent_equity',
      size_usd: 500,
      not_traded: null,
      why: ['not-inherited'],
    },
  },
  {
    // fixed_units 2 is not passed down → default 0.1 × 3,000 = $300. Guide 2 × 3,000 = $6,000.
    name: 'fixed_units not inherited under risk_based',
    config: one(
      global({
        method: 'risk_based',
        risk_per_trade_pct: 0.02,
        fixed_units: 2,
        max_position_size_usd: 50_000,
      }),
      { position_sizing: { method: 'fixed_units' } },
    ),
    guide: 6000,
    engine: {
      sizer: 'strategy',
      method: 'fixed_units',
      size_usd: 300,
      not_traded: null,
      why: ['not-inherited'],
    },
  },
  {
    // global percent_equity: the strategy block is ignored → 10,000 × 0.1 = $1,000. Guide: its own 2,500.
    name: 'strategy block ignored under global percent_equity',
    config: one(
      global({ method: 'percent_equity', equity_percentage: 0.1, max_position_size_usd: 5000 }),
      {
        position_sizing: { method: 'fixed_usd', fixed_usd_amount: 2500 },
      },
    ),
    guide: 2500,
    engine: {
      sizer: 'global',
      method: 'percent_equity',
      size_usd: 1000,
      not_traded: null,
      why: ['block-ignored'],
    },
  },
  {
    // no max set: the engine's default max 10,000 caps 12,000 → $10,000 (= equity: still trades).
    // Guide: no limit → 12,000.
    name: 'default max 10,000',
    config: one(global({ method: 'fixed_usd', fixed_usd_amount: 12_000 })),
    guide: 12_000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 10_000,
      not_traded: null,
      why: ['default-limit'],
    },
  },
  {
    // no min set: the engine's default min 10 raises 5 → $10. Guide: 5.
    name: 'default min 10',
    config: one(global({ method: 'fixed_usd', fixed_usd_amount: 5, max_position_size_usd: 5000 })),
    guide: 5,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 10,
      not_traded: null,
      why: ['default-limit'],
    },
  },
  {
    // engine: 20,000 > 5,000 → 5,000, then 20,000 > 10,000 × 1 → $10,000. Guide: min(20,000, 5,000)
    // = 5,000, then min(5,000, 10,000) = $5,000.
    name: 'leverage raises the max-capped size',
    config: one(global({ fixed_usd_amount: 20_000, max_position_size_usd: 5000, max_leverage: 1 })),
    guide: 5000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 10_000,
      not_traded: null,
      why: ['limit-order'],
    },
  },
  {
    // root max 1,200 caps 2,000 → $1,200. Guide ignores root keys → 2,000.
    name: 'root cap',
    config: one(
      global(
        { fixed_usd_amount: 2000, max_position_size_usd: 5000 },
        { max_position_size_usd: 1200 },
      ),
    ),
    guide: 2000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 1200,
      not_traded: null,
      why: ['root-cap'],
    },
  },
  {
    // root max_leverage 0.1 is merged into the block → 10,000 × 0.1 = 1,000 < 2,000 → $1,000. Guide: 2,000.
    name: 'root max_leverage',
    config: one(
      global({ fixed_usd_amount: 2000, max_position_size_usd: 5000 }, { max_leverage: 0.1 }),
    ),
    guide: 2000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 1000,
      not_traded: null,
      why: ['root-default'],
    },
  },
  {
    // a truthy string root cap raises in the comparison → 5 % of 10,000 = $500. Guide: 1,000.
    name: 'string root cap',
    config: one(
      global(
        { fixed_usd_amount: 1000, max_position_size_usd: 5000 },
        { max_position_size_usd: '1500' },
      ),
    ),
    guide: 1000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 500,
      not_traded: null,
      why: ['exception-fallback'],
    },
  },
  {
    // no amount anywhere: guide missing-parameter (no size); engine default 1,000 → $1,000.
    name: 'guide error, engine default',
    config: one(global({ method: 'fixed_usd', max_position_size_usd: 5000 })),
    guide: null,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 1000,
      not_traded: null,
      why: ['guide-error'],
    },
  },
  {
    // kelly_avg_win 0: guide range error; engine odds 0 → ZeroDivisionError → 5 % = $500.
    name: 'kelly with zero avg_win',
    config: one(
      global({
        method: 'kelly_criterion',
        kelly_win_rate: 0.6,
        kelly_avg_win: 0,
        kelly_avg_loss: 0.02,
        max_position_size_usd: 5000,
      }),
    ),
    guide: null,
    engine: {
      sizer: 'global',
      method: 'kelly_criterion',
      size_usd: 500,
      not_traded: null,
      why: ['exception-fallback', 'guide-error'],
    },
  },
  {
    // engine spellings, partial inheritance that works: fixed 600 inherited, min 700 → $700 both.
    name: 'inherited amount, own min',
    config: one(
      global({
        method: 'fixed_usd',
        fixed_usd_amount: 600,
        max_position_size_usd: 5000,
        max_leverage: 2,
      }),
      {
        position_sizing: { min_position_size_usd: 700 },
      },
    ),
    guide: 700,
    engine: { sizer: 'strategy', method: 'fixed_usd', size_usd: 700, not_traded: null, why: [] },
  },
  {
    // guide spelling and a root cap: the engine reads 1,000 (not 2,000), then caps at 300 → $300. Guide 2,000.
    name: 'guide spelling under a root cap',
    config: one(
      global(
        { fixed_amount_usd: 2000, max_position_size_usd: 5000 },
        { max_position_size_usd: 300 },
      ),
    ),
    guide: 2000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 300,
      not_traded: null,
      why: ['ignored-key', 'root-cap'],
    },
  },
  {
    // 8,000 at equity 5,000: max 9,000 and leverage 25 × 5,000 pass → $8,000 > balance → dropped.
    name: 'over the balance',
    config: one(global({ fixed_usd_amount: 8000, max_position_size_usd: 9000 })),
    inputs: { equity: 5000, defaultPrice: 3000 },
    guide: 8000,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 8000,
      not_traded: 'over-balance',
      why: [],
    },
  },
  {
    // disabled: sized $2,000 (risk_based at 10 % on both sides) but never traded.
    name: 'disabled strategy',
    config: one(
      global({ method: 'risk_based', risk_per_trade_pct: 0.02, max_position_size_usd: 5000 }),
      {
        enabled: false,
        stop_loss_pct: 10,
      },
    ),
    guide: 2000,
    engine: {
      sizer: 'global',
      method: 'risk_based',
      size_usd: 2000,
      not_traded: 'disabled',
      why: [],
    },
  },
  {
    // kelly below zero: (1 × 0.3 − 0.7) / 1 < 0 → 0 on both sides → no trade.
    name: 'zero kelly',
    config: one(
      global({
        method: 'kelly_criterion',
        kelly_win_rate: 0.3,
        kelly_avg_win: 0.02,
        kelly_avg_loss: 0.02,
        max_position_size_usd: 5000,
      }),
    ),
    guide: 0,
    engine: {
      sizer: 'global',
      method: 'kelly_criterion',
      size_usd: 0,
      not_traded: 'zero-size',
      why: [],
    },
  },
  {
    // market "ETH" has no "-": the engine refuses to start; the size ($1,500) is still shown.
    name: 'engine refuses to start',
    config: one(global({ fixed_usd_amount: 1500, max_position_size_usd: 5000 }), { market: 'ETH' }),
    guide: 1500,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 1500,
      not_traded: 'engine-start',
      why: [],
    },
  },
  {
    // the strategy's guide spelling 400 is never read; the engine uses the inherited 700 → $700.
    // Guide: the strategy's own 400.
    name: 'guide spelling in a strategy block over an inherited amount',
    config: one(
      global({ method: 'fixed_usd', fixed_usd_amount: 700, max_position_size_usd: 5000 }),
      {
        position_sizing: { fixed_amount_usd: 400 },
      },
    ),
    guide: 400,
    engine: {
      sizer: 'strategy',
      method: 'fixed_usd',
      size_usd: 700,
      not_traded: null,
      why: ['ignored-key'],
    },
  },
  {
    // global "kelly" resolves to fixed_usd and is passed down as the strategy's method: its own
    // fixed_usd_amount 300 → $300. Guide: the strategy inherits kelly_criterion → b = 1.5,
    // 0.6 − 0.4 / 1.5 = 0.333… → cap 0.25 → $2,500.
    name: 'an unknown global method passed down to a strategy',
    config: one(
      global({
        method: 'kelly',
        kelly_win_rate: 0.6,
        kelly_avg_win: 0.03,
        kelly_avg_loss: 0.02,
        max_position_size_usd: 5000,
      }),
      { position_sizing: { fixed_usd_amount: 300 } },
    ),
    guide: 2500,
    engine: {
      sizer: 'strategy',
      method: 'fixed_usd',
      size_usd: 300,
      not_traded: null,
      why: ['unknown-method'],
    },
  },
  {
    // a strategy without a block under global percent_equity uses the global sizer, as the guide
    // inherits: 10,000 × 0.1 = $1,000 on both sides (only own blocks are ignored).
    name: 'no strategy block under global percent_equity',
    config: one(
      global({ method: 'percent_equity', equity_percentage: 0.1, max_position_size_usd: 5000 }),
    ),
    guide: 1000,
    engine: {
      sizer: 'global',
      method: 'percent_equity',
      size_usd: 1000,
      not_traded: null,
      why: [],
    },
  },
  {
    // per-market price and strength 0.5: fixed_units 2 × 0.5 = 1 unit × 3,000 = $3,000 on both
    // sides; max 5,000, min 10 and leverage 25 × 10,000 pass.
    name: 'fixed_units at half strength',
    config: one(global({ method: 'fixed_units', fixed_units: 2, max_position_size_usd: 5000 })),
    inputs: { equity: 10_000, prices: { 'ETH-USD': 3000 }, strength: 0.5 },
    guide: 3000,
    engine: { sizer: 'global', method: 'fixed_units', size_usd: 3000, not_traded: null, why: [] },
  },
  {
    // no position_sizing at all, root max 750: the default sizer, fixed_usd_amount = max = 750 → $750.
    // Guide: fixed_usd with no amount → missing-parameter, no size.
    name: 'default sizer from the root cap',
    config: one({ max_position_size_usd: 750 }),
    guide: null,
    engine: {
      sizer: 'global',
      method: 'fixed_usd',
      size_usd: 750,
      not_traded: null,
      why: ['guide-error'],
    },
  },
];

describe('engine fixtures: the engine figures of the project’s own configs', () => {
  it('holds at least 20 configs covering every method and every why code', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
    const methods = new Set(FIXTURES.map((f) => f.engine.method));
    expect([...methods].sort()).toEqual([
      'fixed_units',
      'fixed_usd',
      'kelly_criterion',
      'percent_equity',
      'risk_based',
    ]);
    const whys = new Set(FIXTURES.flatMap((f) => f.engine.why));
    expect(WHY_CODES.filter((c) => !whys.has(c))).toEqual([]);
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const row = rowOf(f.config, 's', f.inputs ?? INPUTS);
    if (f.guide === null) expect(row.size_usd).toBeNull();
    else expect(row.size_usd).toBeCloseTo(f.guide, 6);
    const engine = row.engine;
    expect(engine).not.toBeNull();
    expect(engine?.sizer).toBe(f.engine.sizer);
    expect(engine?.method).toBe(f.engine.method);
    expect(engine?.size_usd).toBeCloseTo(f.engine.size_usd, 6);
    expect(engine?.not_traded).toBe(f.engine.not_traded);
    expect(engine?.trades).toBe(f.engine.not_traded === null);
    expect([...(engine?.why ?? [])].sort()).toEqual([...f.engine.why].sort());
  });
});
