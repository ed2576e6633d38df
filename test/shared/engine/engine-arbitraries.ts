import fc from 'fast-check';
import { E, engineConfig, strategy } from './engine-config.ts';
import { SIZING_PARAM_SPELLINGS, methodValue } from '../sizing-spellings.ts';

type Dict = Record<string, unknown>;

/** A sizing value: mostly sensible numbers, sometimes what a hand-edited file holds instead. */
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 0.6, 1, 2, 3) },
  { weight: 6, arbitrary: fc.constantFrom(5, 10, 100, 500, 1000, 2500, 5000, 10_000, 20_000) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 50_000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('500', null, true, false, 0, -1, 5e-324) },
);

/** Every sizing key in both spellings, and the method keys. */
const SIZING_KEYS = SIZING_PARAM_SPELLINGS;

/** A sizing block in either spelling: any subset of the keys, a method under either key. */
const block: fc.Arbitrary<Dict> = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...SIZING_KEYS), value, { maxKeys: 6 }),
    fc.option(methodValue, { nil: undefined }),
    fc.option(methodValue, { nil: undefined }),
  )
  .map(([keys, method, alt]) => ({
    ...(method === undefined ? {} : { method }),
    ...(alt === undefined ? {} : { position_sizing_method: alt }),
    ...keys,
  }));

const strategyOf = (i: number) =>
  fc
    .record(
      {
        position_sizing: fc.oneof(block, fc.constant(null), fc.constant({})),
        enabled: fc.boolean(),
        stop_loss_pct: fc.constantFrom(1, 3, 5, 10, 20),
      },
      { requiredKeys: [] },
    )
    .map((extra) => strategy(`s${i}`, extra));

/** Random configs in both spellings, with root sizing keys now and then. */
export const anyConfig: fc.Arbitrary<Dict> = fc
  .tuple(
    fc.option(fc.oneof(block, fc.constant(null), fc.constant({})), { nil: undefined }),
    fc.record(
      {
        max_position_size_usd: fc.oneof(value, fc.constantFrom(1000, 5000)),
        max_leverage: fc.oneof(value, fc.constantFrom(1, 3, 25)),
        max_account_risk_pct: fc.constantFrom<unknown>(1, 2, 5, '2'),
      },
      { requiredKeys: [] },
    ),
    fc.integer({ min: 1, max: 3 }),
  )
  .chain(([global, root, n]) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => strategyOf(i)))
      .map((strategies) =>
        engineConfig(
          { ...root, ...(global === undefined ? {} : { position_sizing: global }) },
          strategies,
        ),
      ),
  );

/** Preview inputs: equity, price and strength. */
export const anyInputs = fc.record({
  equity: fc.constantFrom(1000, 5000, E, 100_000),
  defaultPrice: fc.oneof(
    fc.constantFrom(1, 19, 3000, 65_000),
    fc.double({ min: 0.01, max: 100_000, noNaN: true }),
  ),
  strength: fc.oneof(fc.constant(1), fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
});

// For the agreement law: equity E, a price in [1, 5,000], so every base notional stays below
// 20,000 (fixed ≤ 20,000; percent and kelly ≤ E; fixed_units ≤ 2 × 5,000 = 10,000).
const amount = fc.double({ min: 1, max: 20_000, noNaN: true });
const fraction = fc.double({ min: 0.001, max: 1, noNaN: true });

/** Explicit limits with min ≤ max ≤ E × max_leverage, and 20,000 ≤ E × max_leverage. */
const limits = fc
  .tuple(
    fc.double({ min: 10, max: 40_000, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 1, max: 3, noNaN: true }),
  )
  .map(([max, minShare, headroom]) => ({
    max_position_size_usd: max,
    min_position_size_usd: max * minShare,
    // E × lev ≥ max(max, 20,000): the leverage test never fires, so it cannot overwrite the max.
    max_leverage: (Math.max(max, 20_000) * headroom) / E,
  }));

/** A strategy block in engine spellings that sets every parameter its method reads. */
const ownBlock = fc.oneof(
  amount.map((a) => ({ method: 'fixed_usd', fixed_usd_amount: a })),
  fraction.map((f) => ({ method: 'percent_equity', equity_percentage: f })),
  fc
    .double({ min: 0.001, max: 2, noNaN: true })
    .map((u) => ({ method: 'fixed_units', fixed_units: u })),
  fc
    .tuple(
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      fc.option(fraction, { nil: undefined }),
    )
    .map(([p, win, loss, cap]) => ({
      method: 'kelly_criterion',
      kelly_win_rate: p,
      kelly_avg_win: win,
      kelly_avg_loss: loss,
      ...(cap === undefined ? {} : { kelly_max_position_pct: cap }),
    })),
);

/**
 * Configs the engine and the guide must size alike: a global fixed_usd or risk_based with every
 * limit explicit, no root max_position_size_usd, engine spellings, no risk_based strategy.
 */
export const agreeingConfig: fc.Arbitrary<Dict> = fc
  .tuple(
    fc.constantFrom('fixed_usd', 'risk_based'),
    amount,
    fraction,
    limits,
    fc.array(fc.tuple(ownBlock, fc.option(limits, { nil: undefined }), fc.boolean()), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([method, fixed, risk, globalLimits, list]) => {
    const global =
      method === 'fixed_usd'
        ? { method, fixed_usd_amount: fixed, ...globalLimits }
        : { method, risk_per_trade_pct: risk, ...globalLimits };
    const strategies = list.map(([own, ownLimits, bare], i) => {
      // Under a fixed_usd global a strategy may use the global sizer; under risk_based it may not.
      if (bare && method === 'fixed_usd') return strategy(`s${i}`);
      return strategy(`s${i}`, { position_sizing: { ...own, ...(ownLimits ?? {}) } });
    });
    return engineConfig({ position_sizing: global }, strategies);
  });

/**
 * Inputs for the agreement law: equity E, a price in [1, 5,000], a strength of 0 or at least a
 * millionth. Below that the law cannot hold: at 5e-324 the engine's units (base × s / P)
 * underflow to 0, so it trades nothing where the guide's v = base × s is positive and raised to
 * its min; the figures differ by less than a cent, but they differ.
 */
export const agreeingInputs = fc.record({
  equity: fc.constant(E),
  defaultPrice: fc.double({ min: 1, max: 5000, noNaN: true }),
  strength: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })),
});
