/** The strategy-root numbers `StrategyConfig` converts with `float()` and checks (ENGINE.md §1.3). */
export interface NumberRule {
  readonly key: string;
  readonly fallback: number;
  readonly ok: (n: number) => boolean;
  readonly rule: string;
}

const STRATEGY_NUMBERS = [
  { key: 'main_leverage', fallback: 1, ok: (n) => !(n <= 0), rule: 'must be above 0' },
  { key: 'hedge_leverage', fallback: 1, ok: (n) => !(n <= 0), rule: 'must be above 0' },
  { key: 'hedge_ratio', fallback: 0, ok: (n) => 0 <= n && n <= 1, rule: 'must be between 0 and 1' },
  { key: 'stop_loss_pct', fallback: 5, ok: (n) => !(n <= 0), rule: 'must be above 0' },
  { key: 'take_profit_pct', fallback: 10, ok: (n) => !(n <= 0), rule: 'must be above 0' },
  { key: 'max_position_size', fallback: 0.1, ok: (n) => !(n <= 0), rule: 'must be above 0' },
  { key: 'max_position_size_usd', fallback: 1000, ok: (n) => !(n <= 0), rule: 'must be above 0' },
  {
    key: 'risk_per_trade_pct',
    fallback: 0.02,
    ok: (n) => 0 < n && n <= 1,
    rule: 'must be above 0 and at most 1',
  },
] as const satisfies readonly NumberRule[];

/** Each rule by its key, so that a check reads `RULE.hedge_ratio` beside `s.hedge_ratio`. */
export const RULE = Object.fromEntries(STRATEGY_NUMBERS.map((r) => [r.key, r])) as Record<
  (typeof STRATEGY_NUMBERS)[number]['key'],
  NumberRule
>;
