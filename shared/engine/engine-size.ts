import type { EngineSizerConfig } from './engine-sizer.ts';
import { arithmetic, truthy } from './python-values.ts';

/** The stop the live path passes to the risk manager, in percent (ENGINE.md §4). */
export const LIVE_STOP_LOSS_PCT = 10;

/** A limit of the engine that changed a size. */
export type EngineLimit =
  'max_position_size_usd' | 'min_position_size_usd' | 'max_leverage' | 'root_cap';

/** What the engine's risk manager returns for one trade, and how it got there. */
export interface EngineTrace {
  /**
   * 'sized': computed normally; 'fallback': an exception in the sizing gave 5 % of equity;
   * 'failed': an exception outside the guarded block (a leverage that is not a number), so the
   * engine places nothing.
   */
  readonly outcome: 'sized' | 'fallback' | 'failed';
  readonly size_usd: number;
  readonly size_units: number;
  /** The sizer's base notional in USD (units × price), before limits; NaN unless sized. */
  readonly base_usd: number;
  /** Limits that changed the size, in the engine's order (each test overwrites the last). */
  readonly limits: readonly EngineLimit[];
  /** Why a 'failed' trade failed: a leverage that is not a number, or a size that is not one. */
  readonly failure?: 'root-leverage' | 'leverage' | 'not-a-number';
}

/** The market, account and signal a trade is sized for. */
export interface EngineTradeInputs {
  readonly equity: number;
  readonly price: number;
  /** Signal confidence, already clamped to [0, 1]. */
  readonly strength: number;
}

function failed(failure: NonNullable<EngineTrace['failure']>): EngineTrace {
  return {
    outcome: 'failed',
    size_usd: 0,
    size_units: 0,
    base_usd: Number.NaN,
    limits: NO_LIMITS,
    failure,
  };
}

/** Thrown only inside this module, standing for a Python exception; never escapes it. */
class Raised extends Error {}
const RAISED = new Raised('the engine raises here');

function operand(value: unknown): number {
  const n = arithmetic(value);
  if (n === undefined) throw RAISED;
  return n;
}

function fixedUsdUnits(config: EngineSizerConfig, price: number, strength: number): number {
  return (operand(config.params.fixed_usd_amount) * strength) / price;
}

function kellyUnits(config: EngineSizerConfig, t: EngineTradeInputs): number {
  const avgLoss = operand(config.params.kelly_avg_loss);
  if (avgLoss <= 0) return fixedUsdUnits(config, t.price, t.strength);
  const winRate = operand(config.params.kelly_win_rate);
  const odds = operand(config.params.kelly_avg_win) / avgLoss;
  if (odds === 0) throw RAISED; // ZeroDivisionError
  // position_sizing.py: (odds × p − (1 − p)) / odds, then min with the cap, then max with 0.
  let pct = (odds * winRate - (1 - winRate)) / odds;
  const cap = operand(config.params.kelly_max_position_pct);
  pct = cap < pct ? cap : pct;
  pct = pct < 0 ? 0 : pct;
  return (t.equity * pct * t.strength) / t.price;
}

/** `PositionSizer` base size in units (ENGINE.md §4.3), given the stop price. */
function baseUnits(config: EngineSizerConfig, t: EngineTradeInputs, stopPrice: number): number {
  const { equity: E, price: P, strength: s } = t;
  switch (config.method) {
    case 'fixed_usd':
      return fixedUsdUnits(config, P, s);
    case 'percent_equity':
      return (E * operand(config.params.equity_percentage) * s) / P;
    case 'risk_based': {
      const riskPerUnit = Math.abs(P - stopPrice);
      if (riskPerUnit <= 0) return fixedUsdUnits(config, P, s);
      return (E * operand(config.params.risk_per_trade_pct) * s) / riskPerUnit;
    }
    case 'fixed_units':
      return operand(config.params.fixed_units) * s;
    case 'kelly_criterion':
      return kellyUnits(config, t);
  }
}

/** The engine's limits by bit, in the order they are tested: one frozen list per set. */
const LIMIT_ORDER: readonly EngineLimit[] = [
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
  'root_cap',
];
const LIMIT_LISTS: readonly (readonly EngineLimit[])[] = Array.from({ length: 16 }, (_, mask) =>
  Object.freeze(LIMIT_ORDER.filter((_l, i) => (mask & (1 << i)) !== 0)),
);
const NO_LIMITS = LIMIT_LISTS[0] ?? [];

/** The limits `_apply_limits` hit last, as bits of LIMIT_ORDER (one trade is sized at a time). */
let hit = 0;

/** `_apply_limits` (ENGINE.md §4.4): three tests on the base value, each overwriting the last. */
function applyLimits(config: EngineSizerConfig, units: number, t: EngineTradeInputs): number {
  hit = 0;
  if (units <= 0) return 0;
  const P = t.price;
  const value = units * P;
  let out = units;
  const max = operand(config.params.max_position_size_usd);
  if (value > max) {
    out = max / P;
    hit |= 1;
  }
  const min = operand(config.params.min_position_size_usd);
  if (value < min) {
    out = min / P;
    hit |= 2;
  }
  const ceiling = t.equity * operand(config.params.max_leverage);
  if (value > ceiling) {
    out = ceiling / P;
    hit |= 4;
  }
  return out;
}

/** The guarded part of `calculate_position_size`: the sizer, its limits, × price, the root cap. */
function guardedSize(
  config: EngineSizerConfig,
  rootCap: unknown,
  t: EngineTradeInputs,
): EngineTrace {
  const P = t.price;
  const units = baseUnits(config, t, P * (1 - LIVE_STOP_LOSS_PCT / 100));
  const base = units * P;
  const limited = applyLimits(config, units, t);
  let usd = limited * P;
  let unitsOut = limited;
  if (truthy(rootCap)) {
    const cap = operand(rootCap);
    if (usd > cap) {
      usd = cap;
      unitsOut = cap / P;
      hit |= 8;
    }
  }
  const limits = LIMIT_LISTS[hit] ?? NO_LIMITS;
  // NaN (an overflowing Kelly ratio) goes through every test of the engine; no NaN is shown.
  if (Number.isNaN(usd)) return failed('not-a-number');
  // A negative limit can make the figure negative; the engine refuses any size ≤ 0.
  if (!(usd > 0)) return { outcome: 'sized', size_usd: 0, size_units: 0, base_usd: base, limits };
  return { outcome: 'sized', size_usd: usd, size_units: unitsOut, base_usd: base, limits };
}

/**
 * `RiskManager.calculate_position_size` on the live path (ENGINE.md §4): units first, then × price,
 * then the root cap, in the engine's order of operations so the figure agrees to the last bit.
 */
export function engineTradeSize(
  config: EngineSizerConfig,
  rootCap: unknown,
  rootLeverage: unknown,
  t: EngineTradeInputs,
): EngineTrace {
  const { equity: E, price: P } = t;
  if (!(E > 0 && P > 0))
    return { outcome: 'sized', size_usd: 0, size_units: 0, base_usd: 0, limits: NO_LIMITS };
  // `min(leverage, 25.0, self.max_leverage, config.max_leverage)` runs outside the guarded block.
  if (arithmetic(rootLeverage) === undefined) return failed('root-leverage');
  if (arithmetic(config.params.max_leverage) === undefined) return failed('leverage');
  try {
    return guardedSize(config, rootCap, t);
  } catch (e) {
    if (e !== RAISED) throw e;
    const usd = E * 0.05;
    return {
      outcome: 'fallback',
      size_usd: usd,
      size_units: usd / P,
      base_usd: Number.NaN,
      limits: NO_LIMITS,
    };
  }
}
