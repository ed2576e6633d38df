import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { Method } from '../sizing-keys.ts';
import { finite, own } from '../json-access.ts';
import { asRecord } from '../json-access.ts';
import type { PositionSize } from './position-size.ts';
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

/** Why the preview inputs are unusable, or undefined when they are fine. */
export function checkPreviewInputs(inputs: PreviewInputs): string | undefined {
  const positive = (v: number | undefined): boolean =>
    v === undefined || (Number.isFinite(v) && v > 0);
  if (!(Number.isFinite(inputs.equity) && inputs.equity > 0))
    return 'Equity must be a number above 0.';
  if (!positive(inputs.defaultPrice)) return 'Price must be a number above 0.';
  for (const [market, price] of Object.entries(inputs.prices ?? {})) {
    if (!positive(price)) return `Price of ${market} must be a number above 0.`;
  }
  const s = inputs.strength ?? 1;
  if (!(Number.isFinite(s) && s >= 0 && s <= 1)) return 'Signal strength must be between 0 and 1.';
  return undefined;
}

/** The price for a strategy's market: its own price, else the default price. */
export function priceFor(market: string | undefined, inputs: PreviewInputs): number | undefined {
  const prices = inputs.prices ?? {};
  if (market !== undefined && Object.hasOwn(prices, market)) return prices[market];
  return inputs.defaultPrice;
}

/** Sizes one strategy; `blockingError` is the first error that makes its size untrustworthy. */
export function previewStrategy(
  strategy: ResolvedStrategy,
  blockingError: string | null,
  inputs: PreviewInputs,
): StrategyPreview {
  const price = priceFor(strategy.market, inputs) ?? null;
  const row = {
    name: strategy.name,
    market: strategy.market ?? null,
    method: strategy.sizing.method ?? null,
    price,
    size_usd: null,
    size_units: null,
    risk_usd: null,
    limits_applied: [],
    band: null,
    error: blockingError,
  };
  const method = strategy.sizing.method;
  const stop = strategy.stop.fraction;
  if (blockingError !== null || method === undefined || stop === undefined) {
    return { ...row, error: blockingError ?? (method === undefined ? 'unknown-method' : 'range') };
  }
  if (price === null) return { ...row, error: 'missing-price' };
  const base = {
    method,
    values: strategy.sizing.values,
    equity: inputs.equity,
    price,
    strength: inputs.strength ?? 1,
    stop,
  };
  const size = positionSize(base);
  if (!allFinite(size)) return { ...row, error: 'range' };
  return { ...row, ...size, band: riskBand(strategy, base) };
}

/** SPEC §4: with risk_adjustment enabled, a risk_based size at min_risk_pct and at max_risk_pct. */
function riskBand(
  strategy: ResolvedStrategy,
  base: Parameters<typeof positionSize>[0],
): StrategyPreview['band'] {
  const adjustment = asRecord(own(strategy.raw, 'risk_adjustment'));
  if (base.method !== 'risk_based' || own(adjustment, 'enabled') !== true) return null;
  const lo = finite(own(adjustment, 'min_risk_pct'));
  const hi = finite(own(adjustment, 'max_risk_pct'));
  if (lo === undefined || hi === undefined) return null;
  const at = (risk: number): number =>
    positionSize({ ...base, values: { ...base.values, risk_per_trade_pct: risk } }).size_usd;
  const band = { min_usd: at(lo), max_usd: at(hi) };
  return Number.isFinite(band.min_usd) && Number.isFinite(band.max_usd) ? band : null;
}

function allFinite(size: PositionSize): boolean {
  return (
    Number.isFinite(size.size_usd) &&
    Number.isFinite(size.size_units) &&
    Number.isFinite(size.risk_usd)
  );
}

/** Previews every strategy; `blockingError(index)` gives each strategy's first sizing error. */
export function previewAll(
  strategies: readonly ResolvedStrategy[],
  blockingError: (index: number) => string | null,
  inputs: PreviewInputs,
): Preview {
  let total = 0;
  const rows = strategies.map((s) => {
    const row = previewStrategy(s, blockingError(s.index), inputs);
    if (s.enabled && row.size_usd !== null) total += row.size_usd;
    return row;
  });
  return { equity: inputs.equity, strategies: rows, total_usd: total };
}
