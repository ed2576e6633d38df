import fc from 'fast-check';

/**
 * Every key a sizing block may hold, in the guide's and the engine's spellings, written out here
 * (not taken from shared/) so the property tests that draw blocks from it stay independent.
 */
export const SIZING_PARAM_SPELLINGS = [
  'fixed_usd_amount',
  'fixed_amount_usd',
  'equity_percentage',
  'percent_equity',
  'risk_per_trade_pct',
  'default_stop_loss_pct',
  'fixed_units',
  'kelly_win_rate',
  'kelly_avg_win',
  'kelly_avg_loss',
  'kelly_max_position_pct',
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
] as const;

/** The same with both method keys. */
export const SIZING_SPELLINGS = [
  'method',
  'position_sizing_method',
  ...SIZING_PARAM_SPELLINGS,
] as const;

/** A method as a file may hold one: each engine name, the guide's aliases, and nonsense. */
export const methodValue = fc.constantFrom<unknown>(
  'fixed_usd',
  'percent_equity',
  'risk_based',
  'fixed_units',
  'kelly_criterion',
  'equity_percentage',
  'kelly',
  'foo',
  '',
  null,
);
