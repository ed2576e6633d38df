import type { StrategyErrorIndex } from '../analyze.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { Method } from '../sizing-keys.ts';
import { asRecord, finite, own } from '../json-access.ts';
import type { SizingInputs } from './position-size.ts';
import { positionSize } from './position-size.ts';

/** What the trader picks for a preview. */
export interface PreviewInputs {
  readonly equity: number;
  /** Price used for any market without its own price. */
  readonly defaultPrice?: number | undefined;
  readonly prices?: Readonly<Record<string, number>>;
  /** Signal strength in [0, 1]; default 1. */
  readonly strength?: number | undefined;
}

/** One strategy's preview row, in SPEC §6's JSON shape. */
export interface StrategyPreview {
  readonly name: string;
  readonly market: string | null;
  readonly method: Method | null;
  readonly price: number | null;
  readonly size_usd: number | null;
  readonly size_units: number | null;
  readonly risk_usd: number | null;
  readonly limits_applied: string[];
  readonly band: { readonly min_usd: number; readonly max_usd: number } | null;
  readonly error: string | null;
}

/** The whole preview; `total_usd` sums the enabled strategies that could be sized. */
export interface Preview {
  readonly equity: number;
  readonly strategies: StrategyPreview[];
  readonly total_usd: number;
}

function positiveOrAbsent(v: number | undefined): boolean {
  return v === undefined || (Number.isFinite(v) && v > 0);
}

/** Why the preview inputs are unusable, or undefined when they are fine. */
export function checkPreviewInputs(inputs: PreviewInputs): string | undefined {
  if (!(Number.isFinite(inputs.equity) && inputs.equity > 0))
    return 'Equity must be a number above 0.';
  if (!positiveOrAbsent(inputs.defaultPrice)) return 'Price must be a number above 0.';
  for (const [market, price] of Object.entries(inputs.prices ?? {})) {
    if (!positiveOrAbsent(price)) return `Price of ${market} must be a number above 0.`;
  }
  const s = inputs.strength ?? 1;
  if (!(Number.isFinite(s) && s >= 0 && s <= 1)) return 'Signal strength must be between 0 and 1.';
  return undefined;
}

/** The price for a strategy's market: its own price, else the default price. */
export function priceFor(market: string | undefined, inputs: PreviewInputs): number | undefined {
  const prices = inputs.prices;
  if (market !== undefined && prices !== undefined && Object.hasOwn(prices, market))
    return prices[market];
  return inputs.defaultPrice;
}

function unsized(s: ResolvedStrategy, price: number | null, error: string): StrategyPreview {
  return {
    name: s.name,
    market: s.market ?? null,
    method: s.sizing.method ?? null,
    price,
    size_usd: null,
    size_units: null,
    risk_usd: null,
    limits_applied: [],
    band: null,
    error,
  };
}

/** Sizes one strategy; `blockingError` is the first error that makes its size untrustworthy. */
export function previewStrategy(
  strategy: ResolvedStrategy,
  blockingError: string | null,
  inputs: PreviewInputs,
): StrategyPreview {
  const price = priceFor(strategy.market, inputs) ?? null;
  const method = strategy.sizing.method;
  const stop = strategy.stop.fraction;
  if (blockingError !== null) return unsized(strategy, price, blockingError);
  if (method === undefined) return unsized(strategy, price, 'unknown-method');
  if (stop === undefined) return unsized(strategy, price, 'range');
  if (price === null) return unsized(strategy, price, 'missing-price');
  const base: SizingInputs = {
    method,
    values: strategy.sizing.values,
    equity: inputs.equity,
    price,
    strength: inputs.strength ?? 1,
    stop,
  };
  const size = positionSize(base);
  // SPEC §4: no NaN or Infinity ever reaches the output.
  if (!(
    Number.isFinite(size.size_usd) &&
    Number.isFinite(size.size_units) &&
    Number.isFinite(size.risk_usd)
  )) {
    return unsized(strategy, price, 'range');
  }
  return {
    name: strategy.name,
    market: strategy.market ?? null,
    method,
    price,
    size_usd: size.size_usd,
    size_units: size.size_units,
    risk_usd: size.risk_usd,
    limits_applied: size.limits_applied,
    band: riskBand(strategy, base),
    error: null,
  };
}

/** SPEC §4: with risk_adjustment enabled, a risk_based size at min_risk_pct and at max_risk_pct. */
function riskBand(strategy: ResolvedStrategy, base: SizingInputs): StrategyPreview['band'] {
  if (base.method !== 'risk_based') return null;
  const adjustment = asRecord(own(strategy.raw, 'risk_adjustment'));
  if (own(adjustment, 'enabled') !== true) return null;
  const lo = finite(own(adjustment, 'min_risk_pct'));
  const hi = finite(own(adjustment, 'max_risk_pct'));
  if (lo === undefined || hi === undefined) return null;
  const min = positionSize({
    ...base,
    values: { ...base.values, risk_per_trade_pct: lo },
  }).size_usd;
  const max = positionSize({
    ...base,
    values: { ...base.values, risk_per_trade_pct: hi },
  }).size_usd;
  return Number.isFinite(min) && Number.isFinite(max) ? { min_usd: min, max_usd: max } : null;
}

/** Previews every strategy; a strategy with a sizing error in `errors` gets its first one instead of a size. */
export function previewAll(
  strategies: readonly ResolvedStrategy[],
  errors: Pick<StrategyErrorIndex, 'sizing'>,
  inputs: PreviewInputs,
): Preview {
  let total = 0;
  const rows: StrategyPreview[] = new Array<StrategyPreview>(strategies.length);
  for (let i = 0; i < strategies.length; i++) {
    const s = strategies[i] as ResolvedStrategy;
    const row = previewStrategy(s, errors.sizing(s)[0] ?? null, inputs);
    if (s.enabled && row.size_usd !== null) total += row.size_usd;
    rows[i] = row;
  }
  return { equity: inputs.equity, strategies: rows, total_usd: total };
}
