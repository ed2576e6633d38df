import type { StrategyErrorIndex } from '../analyze.ts';
import type { EngineModel } from '../engine/engine-model.ts';
import type { EnginePreview } from '../engine/engine-preview.ts';
import { EngineRows } from '../engine/engine-preview.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import type { Method } from '../sizing-keys.ts';
import { asRecord, finite, own } from '../json-access.ts';
import { NO_LIMITS, SizeFigures, positionSize } from './position-size.ts';

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
  /** What the engine computes and trades (SPEC §7); null only when the text is not JSON. */
  readonly engine: EnginePreview | null;
}

/**
 * The whole preview; `total_usd` sums the enabled strategies the guide could size,
 * `engine_total_usd` the strategies the engine trades.
 */
export interface Preview {
  readonly equity: number;
  readonly strategies: StrategyPreview[];
  readonly total_usd: number;
  readonly engine_total_usd: number;
}

/** What a preview is computed from: the guide's resolution and the engine's. */
export interface PreviewSource {
  readonly strategies: readonly ResolvedStrategy[];
  readonly engine: EngineModel | undefined;
  /** The global block as the guide reads it, for explaining differences. */
  readonly globalLayer: SizingLayer;
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
    limits_applied: NO_LIMITS,
    band: null,
    error,
    engine: null,
  };
}

/**
 * Sizes one strategy; `blockingError` is the first error that makes its size untrustworthy.
 * `figures`: where the size is computed, one for a whole preview (see SizeFigures).
 */
export function previewStrategy(
  strategy: ResolvedStrategy,
  blockingError: string | null,
  inputs: PreviewInputs,
  figures = new SizeFigures(),
): StrategyPreview {
  const price = priceFor(strategy.market, inputs) ?? null;
  const sizing = strategy.sizing;
  const method = sizing.method;
  const stop = strategy.stop.fraction;
  if (blockingError !== null) return unsized(strategy, price, blockingError);
  if (method === undefined) return unsized(strategy, price, 'unknown-method');
  if (stop === undefined) return unsized(strategy, price, 'range');
  if (price === null) return unsized(strategy, price, 'missing-price');
  const strength = inputs.strength ?? 1;
  const size = figures.of(method, sizing.values, inputs.equity, price, strength, stop);
  // SPEC §4: no NaN or Infinity ever reaches the output.
  if (!(Number.isFinite(size.usd) && Number.isFinite(size.units) && Number.isFinite(size.risk))) {
    return unsized(strategy, price, 'range');
  }
  return {
    name: strategy.name,
    market: strategy.market ?? null,
    method,
    price,
    size_usd: size.usd,
    size_units: size.units,
    risk_usd: size.risk,
    limits_applied: size.limits(),
    band: method === 'risk_based' ? riskBand(strategy, inputs.equity, price, strength, stop) : null,
    error: null,
    engine: null,
  };
}

/**
 * SPEC §4: with risk_adjustment enabled, a risk_based size at min_risk_pct and at max_risk_pct
 * (a strategy whose method is risk_based, at the equity, price, strength and stop it is sized at).
 */
function riskBand(
  strategy: ResolvedStrategy,
  equity: number,
  price: number,
  strength: number,
  stop: number,
): StrategyPreview['band'] {
  // A named read, not own(raw, key): that one site reads every key of every shape, so it is
  // megamorphic and slow. Object.prototype lacks the key: a JSON object's read is its own.
  const adjustment = asRecord(strategy.raw?.risk_adjustment);
  if (own(adjustment, 'enabled') !== true) return null;
  const lo = finite(own(adjustment, 'min_risk_pct'));
  const hi = finite(own(adjustment, 'max_risk_pct'));
  if (lo === undefined || hi === undefined) return null;
  const sizeAt = (risk: number): number =>
    positionSize({
      method: 'risk_based',
      values: { ...strategy.sizing.values, risk_per_trade_pct: risk },
      equity,
      price,
      strength,
      stop,
    }).size_usd;
  const min = sizeAt(lo);
  const max = sizeAt(hi);
  return Number.isFinite(min) && Number.isFinite(max) ? { min_usd: min, max_usd: max } : null;
}

/** Previews every strategy, guide and engine; `errors` says which guide sizes to withhold. */
export function previewAll(
  source: PreviewSource,
  errors: Pick<StrategyErrorIndex, 'sizing'>,
  inputs: PreviewInputs,
): Preview {
  let total = 0;
  let engineTotal = 0;
  const { strategies, engine } = source;
  const rows: StrategyPreview[] = new Array<StrategyPreview>(strategies.length);
  const engineRows = engine === undefined ? undefined : engineRowsOf(source, engine, inputs);
  const figures = new SizeFigures();
  for (let i = 0; i < strategies.length; i++) {
    const s = strategies[i] as ResolvedStrategy;
    const guide = previewStrategy(s, errors.sizing(s)[0] ?? null, inputs, figures);
    if (s.enabled && guide.size_usd !== null) total += guide.size_usd;
    const es = engine?.strategies[s.index];
    if (engineRows === undefined || es === undefined) {
      rows[i] = guide;
      continue;
    }
    const row = engineRows.row(es, s, guide.size_usd, guide.price);
    if (row.trades && row.size_usd !== null) engineTotal += row.size_usd;
    // The guide's row was made just now, for this preview only: complete it in place.
    (guide as { engine: EnginePreview | null }).engine = row;
    rows[i] = guide;
  }
  return {
    equity: inputs.equity,
    strategies: rows,
    total_usd: total,
    engine_total_usd: engineTotal,
  };
}

/** The engine rows of this preview, or undefined when there is no strategy to preview. */
function engineRowsOf(
  source: PreviewSource,
  model: EngineModel,
  inputs: PreviewInputs,
): EngineRows | undefined {
  const first = model.strategies[0];
  const guide = source.strategies[0];
  if (first === undefined || guide === undefined) return undefined;
  return new EngineRows(model, {
    strategy: first,
    guide,
    globalLayer: source.globalLayer,
    guideSize: null,
    equity: inputs.equity,
    price: null,
    strength: inputs.strength ?? 1,
  });
}
