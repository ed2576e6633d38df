import type { CanonicalKey, LimitKey, Method } from '../sizing-keys.ts';
import { LIMIT_KEYS } from '../sizing-keys.ts';
import { finite } from '../json-access.ts';

/** The numbers one sizing computation needs, already resolved and validated. */
export interface SizingInputs {
  readonly method: Method;
  readonly values: SizingValues;
  readonly equity: number;
  readonly price: number;
  readonly strength: number;
  /** Stop distance as a fraction. */
  readonly stop: number;
}

/** The resolved sizing values a computation reads, by canonical key. */
type SizingValues = Readonly<Partial<Record<CanonicalKey, unknown>>>;

/** A position size: notional, units and the loss if the stop is hit (SPEC §4). */
export interface PositionSize {
  readonly size_usd: number;
  readonly size_units: number;
  readonly risk_usd: number;
  readonly limits_applied: LimitKey[];
}

/** A sizing value as a number; NaN (never reaching output) when it is not one. */
function num(v: unknown): number {
  return typeof v === 'number' ? v : Number.NaN;
}

/** SPEC §4's base notional, before signal strength and limits. */
export function baseNotional(inputs: SizingInputs): number {
  return notional(inputs.method, inputs.values, inputs.equity, inputs.price, inputs.stop);
}

/** {@link baseNotional} of the inputs given one by one (see {@link SizeFigures}). */
function notional(
  method: Method,
  values: SizingValues,
  E: number,
  P: number,
  stop: number,
): number {
  // Named reads (not a key passed in): each site sees few shapes of values object.
  switch (method) {
    case 'fixed_usd':
      return num(values.fixed_amount_usd);
    case 'percent_equity':
      return E * num(values.percent_equity);
    case 'risk_based':
      return (E * num(values.risk_per_trade_pct)) / stop;
    case 'fixed_units':
      return num(values.fixed_units) * P;
    case 'kelly_criterion':
      return (
        E *
        kellyFraction(
          num(values.kelly_win_rate),
          num(values.kelly_avg_win),
          num(values.kelly_avg_loss),
          num(values.kelly_max_position_pct),
        )
      );
  }
}

/** Kelly fraction p − (1 − p) / b with b = avg win / avg loss, clamped to [0, max]. */
export function kellyFraction(
  winRate: number,
  avgWin: number,
  avgLoss: number,
  max: number,
): number {
  const b = avgWin / avgLoss;
  const f = winRate - (1 - winRate) / b;
  return Math.min(Math.max(f, 0), max);
}

/**
 * The limits hit, by bit (max 1, min 2, leverage 4): eight lists, shared by every size and frozen,
 * since a preview of 100,000 strategies would otherwise hold a list per row.
 */
const LIMIT_SETS: readonly LimitKey[][] = Array.from({ length: 8 }, (_, mask) =>
  Object.freeze(LIMIT_KEYS.filter((_key, i) => (mask & (1 << i)) !== 0)),
) as LimitKey[][];

/** The empty list of limits, shared. */
export const NO_LIMITS = LIMIT_SETS[0] as LimitKey[];

/** SPEC §4: strength, then max, then min, then leverage; each limit only when set. */
export function positionSize(inputs: SizingInputs): PositionSize {
  const f = new SizeFigures().of(
    inputs.method,
    inputs.values,
    inputs.equity,
    inputs.price,
    inputs.strength,
    inputs.stop,
  );
  return {
    size_usd: f.usd,
    size_units: f.units,
    risk_usd: f.risk,
    limits_applied: f.limits(),
  };
}

/**
 * {@link positionSize}'s figures, computed into this object's fields from inputs given one by
 * one. Why: the preview sizes every strategy of a file, and an inputs object and a result object
 * per strategy (each number in them boxed) were a third of what a 100,000-strategy preview
 * allocated. One instance serves a whole preview; read its fields before the next `of`.
 */
export class SizeFigures {
  usd = 0;
  units = 0;
  risk = 0;
  /** The limits hit, by bit: max 1, min 2, leverage 4. */
  hit = 0;

  of(
    method: Method,
    values: SizingValues,
    equity: number,
    price: number,
    strength: number,
    stop: number,
  ): this {
    let v = notional(method, values, equity, price, stop) * strength;
    // NaN (an unusable parameter) flows through to an error in the preview, never a silent $0.
    if (v <= 0) {
      this.usd = this.units = this.risk = this.hit = 0;
      return this;
    }
    const max = finite(values.max_position_size_usd);
    const min = finite(values.min_position_size_usd);
    const leverage = finite(values.max_leverage);
    let hit = 0;
    if (max !== undefined && v > max) {
      v = max;
      hit |= 1;
    }
    if (min !== undefined && v < min) {
      v = min;
      hit |= 2;
    }
    if (leverage !== undefined && v > equity * leverage) {
      v = equity * leverage;
      hit |= 4;
    }
    this.usd = v;
    this.units = v / price;
    this.risk = v * stop;
    this.hit = hit;
    return this;
  }

  /** The limits hit, as one of the shared frozen lists. */
  limits(): LimitKey[] {
    return LIMIT_SETS[this.hit] ?? NO_LIMITS;
  }
}
