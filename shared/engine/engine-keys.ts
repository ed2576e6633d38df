import type { CanonicalKey, Method } from '../sizing-keys.ts';

/** The engine's five sizing methods (`PositionSizingMethod`, ENGINE.md §2). */
const ENGINE_METHODS = [
  'fixed_usd',
  'percent_equity',
  'risk_based',
  'fixed_units',
  'kelly_criterion',
] as const satisfies readonly Method[];
export type EngineMethod = (typeof ENGINE_METHODS)[number];

/** ENGINE.md §2: the twelve keys `PositionSizingConfig` reads, with the default of each. */
export const ENGINE_PARAM_DEFAULTS = {
  fixed_usd_amount: 1000,
  equity_percentage: 0.05,
  risk_per_trade_pct: 0.02,
  default_stop_loss_pct: 0.05,
  fixed_units: 0.1,
  kelly_win_rate: 0.6,
  kelly_avg_win: 0.03,
  kelly_avg_loss: 0.02,
  kelly_max_position_pct: 0.25,
  max_position_size_usd: 10000,
  min_position_size_usd: 10,
  max_leverage: 1,
} as const;
export type EngineParamKey = keyof typeof ENGINE_PARAM_DEFAULTS;
export const ENGINE_PARAM_KEYS = Object.keys(ENGINE_PARAM_DEFAULTS) as readonly EngineParamKey[];

/** The engine's spelling of each canonical sizing key (SPEC §2: the one the engine reads). */
export const ENGINE_SPELLING: Readonly<Record<CanonicalKey, string>> = {
  method: 'method',
  fixed_amount_usd: 'fixed_usd_amount',
  percent_equity: 'equity_percentage',
  risk_per_trade_pct: 'risk_per_trade_pct',
  max_position_size_usd: 'max_position_size_usd',
  min_position_size_usd: 'min_position_size_usd',
  max_leverage: 'max_leverage',
  default_stop_loss_pct: 'default_stop_loss_pct',
  fixed_units: 'fixed_units',
  kelly_win_rate: 'kelly_win_rate',
  kelly_avg_win: 'kelly_avg_win',
  kelly_avg_loss: 'kelly_avg_loss',
  kelly_max_position_pct: 'kelly_max_position_pct',
};

/** The guide's spellings the engine never reads, with the engine key it reads instead. */
export const IGNORED_GUIDE_KEYS: Readonly<Record<string, EngineParamKey>> = {
  fixed_amount_usd: 'fixed_usd_amount',
  percent_equity: 'equity_percentage',
};

/** The canonical (guide) key of each engine parameter: {@link ENGINE_SPELLING} read backwards. */
export const CANONICAL_OF_ENGINE = Object.fromEntries(
  Object.entries(ENGINE_SPELLING).flatMap(([canonical, engine]) =>
    canonical === 'method' ? [] : [[engine, canonical]],
  ),
) as Readonly<Record<EngineParamKey, CanonicalKey>>;

/**
 * The parameters each method reads on the live path (ENGINE.md §4): the 10 % stop is passed in,
 * so `default_stop_loss_pct` is never read there.
 */
export const ENGINE_READS: Readonly<Record<EngineMethod, readonly EngineParamKey[]>> = {
  fixed_usd: ['fixed_usd_amount'],
  percent_equity: ['equity_percentage'],
  risk_based: ['risk_per_trade_pct'],
  fixed_units: ['fixed_units'],
  kelly_criterion: ['kelly_win_rate', 'kelly_avg_win', 'kelly_avg_loss', 'kelly_max_position_pct'],
};

/** The engine's limits, in the order `_apply_limits` tests them. */
export const ENGINE_LIMIT_KEYS = [
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
] as const satisfies readonly EngineParamKey[];

/** The engine's method name for a method value, or undefined when the engine does not know it. */
export function engineMethodOf(value: unknown): EngineMethod | undefined {
  return typeof value === 'string' && (ENGINE_METHODS as readonly string[]).includes(value)
    ? (value as EngineMethod)
    : undefined;
}
