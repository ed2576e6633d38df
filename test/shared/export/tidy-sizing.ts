/**
 * A complete global block in the engine's spellings (the guide's fixed_amount_usd and
 * percent_equity are engine errors), for configs the engine starts with and sizes without error.
 */
export const TIDY_GLOBAL = {
  method: 'fixed_usd',
  fixed_usd_amount: 500,
  equity_percentage: 0.1,
  risk_per_trade_pct: 0.01,
  fixed_units: 0.5,
  kelly_win_rate: 0.55,
  kelly_avg_win: 2,
  kelly_avg_loss: 1,
  max_position_size_usd: 10_000,
};

/** The parameters the engine does not pass down to a strategy's own block (ENGINE.md §3). */
const NOT_PASSED_DOWN: Readonly<Record<string, readonly (keyof typeof TIDY_GLOBAL)[]>> = {
  percent_equity: ['equity_percentage'],
  fixed_units: ['fixed_units'],
  kelly_criterion: ['kelly_win_rate', 'kelly_avg_win', 'kelly_avg_loss'],
};

/**
 * A strategy's block with what its method needs and the engine does not pass down set on it,
 * from TIDY_GLOBAL: without them it is an engine-not-inherited error.
 */
export function withOwnParameters<T extends { readonly method?: string }>(
  block: T,
): T & Partial<typeof TIDY_GLOBAL> {
  const own: Partial<Record<keyof typeof TIDY_GLOBAL, unknown>> = {};
  for (const key of NOT_PASSED_DOWN[block.method ?? ''] ?? []) own[key] = TIDY_GLOBAL[key];
  return { ...block, ...own } as T & Partial<typeof TIDY_GLOBAL>;
}
