import type { CanonicalKey, LimitKey, Method } from '../sizing-keys.ts';
import { LIMIT_KEYS } from '../sizing-keys.ts';
import { finite } from '../json-access.ts';

/** The numbers one sizing computation needs, already resolved and validated. */
export interface SizingInputs {
  readonly method: Method;
  readonly values: Readonly<Partial<Record<CanonicalKey, unknown>>>;
  readonly equity: number;
  readonly price: number;
  readonly strength: number;
  /** Stop distance as a fraction. */
  readonly stop: number;
}

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
  const { equity: E, price: P, values } = inputs;
  // Named reads (not a key passed in): each site sees few shapes of values object.
  switch (inputs.method) {
    case 'fixed_usd':
      return num(values.fixed_amount_usd);
    case 'percent_equity':
      return E * num(values.percent_equity);
    case 'risk_based':
      return (E * num(values.risk_per_trade_pct)) / inputs.stop;
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
  let v = baseNotional(inputs) * inputs.strength;
  // NaN (an unusable parameter) flows through to an error in the preview, never a silent $0.
  if (v <= 0) return { size_usd: 0, size_units: 0, risk_usd: 0, limits_applied: NO_LIMITS };
  const max = finite(inputs.values.max_position_size_usd);
  const min = finite(inputs.values.min_position_size_usd);
  const leverage = finite(inputs.values.max_leverage);
  let hit = 0;
  if (max !== undefined && v > max) {
    v = max;
    hit |= 1;
  }
  if (min !== undefined && v < min) {
    v = min;
    hit |= 2;
  }
  if (leverage !== undefined && v > inputs.equity * leverage) {
    v = inputs.equity * leverage;
    hit |= 4;
  }
  return {
    size_usd: v,
    size_units: v / inputs.price,
    risk_usd: v * inputs.stop,
    limits_applied: LIMIT_SETS[hit] ?? NO_LIMITS,
  };
}
