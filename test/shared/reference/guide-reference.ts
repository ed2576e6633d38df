// A plain reference of the guide model, written straight from SPEC §2–4: one strategy at a time,
// simple loops, nothing cached or shared. The optimised code in shared/ must agree with it.
import type { PreviewInputs } from '../../../shared/sizing/preview.ts';

type Dict = Record<string, unknown>;

const CANONICAL = [
  'method',
  'fixed_amount_usd',
  'percent_equity',
  'risk_per_trade_pct',
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
  'default_stop_loss_pct',
  'fixed_units',
  'kelly_win_rate',
  'kelly_avg_win',
  'kelly_avg_loss',
  'kelly_max_position_pct',
];
/** SPEC §2: the other spelling of a canonical key. */
const ALIAS: Dict = {
  method: 'position_sizing_method',
  fixed_amount_usd: 'fixed_usd_amount',
  percent_equity: 'equity_percentage',
};
const METHODS = ['fixed_usd', 'risk_based', 'percent_equity', 'fixed_units', 'kelly_criterion'];
const METHOD_ALIAS: Dict = { equity_percentage: 'percent_equity', kelly: 'kelly_criterion' };

export function isObject(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function ownValue(o: unknown, key: string): unknown {
  return isObject(o) && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** A block on canonical keys: the canonical spelling wins when both are written. */
function layerOf(block: unknown): { values: Dict; spelled: Dict } {
  const values: Dict = {};
  const spelled: Dict = {};
  if (!isObject(block)) return { values, spelled };
  for (const key of CANONICAL) {
    const alias = ALIAS[key] as string | undefined;
    if (Object.prototype.hasOwnProperty.call(block, key)) {
      values[key] = block[key];
      spelled[key] = key;
    } else if (alias !== undefined && Object.prototype.hasOwnProperty.call(block, alias)) {
      values[key] = block[alias];
      spelled[key] = alias;
    }
  }
  return { values, spelled };
}

export interface GuideStrategy {
  name: string;
  market: string | undefined;
  enabled: boolean;
  raw: Dict | undefined;
  values: Dict;
  sources: Dict;
  spelled: Dict;
  method: string | undefined;
  stop: { fraction: number | undefined; source: string; key: string | null };
}

function canonicalMethod(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (METHODS.includes(v)) return v;
  return Object.prototype.hasOwnProperty.call(METHOD_ALIAS, v)
    ? (METHOD_ALIAS[v] as string)
    : undefined;
}

/** SPEC §3: strategy, then global, then default, for every canonical key; then the stop. */
export function referenceResolve(config: unknown): GuideStrategy[] {
  const list = ownValue(config, 'strategies');
  if (!Array.isArray(list)) return [];
  const global = layerOf(ownValue(config, 'position_sizing'));
  const defaults: Dict = { method: 'fixed_usd', kelly_max_position_pct: 0.25 };
  return list.map((entry: unknown, i) => {
    const raw = isObject(entry) ? entry : undefined;
    const own = layerOf(ownValue(raw, 'position_sizing'));
    const values: Dict = {};
    const sources: Dict = {};
    for (const key of CANONICAL) {
      if (key in own.values) {
        values[key] = own.values[key];
        sources[key] = 'strategy';
      } else if (key in global.values) {
        values[key] = global.values[key];
        sources[key] = 'global';
      } else if (key in defaults) {
        values[key] = defaults[key];
        sources[key] = 'default';
      }
    }
    const name = ownValue(raw, 'name');
    const market = ownValue(raw, 'market');
    return {
      name: typeof name === 'string' && name !== '' ? name : `strategies[${i}]`,
      market: typeof market === 'string' && market !== '' ? market : undefined,
      enabled: ownValue(raw, 'enabled') !== false,
      raw,
      values,
      sources,
      spelled: own.spelled,
      method: canonicalMethod(values.method),
      stop: stopOf(raw, values, sources),
    };
  });
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** SPEC §3: stop_loss_pct / 100, else the effective default_stop_loss_pct, else 5 %. */
function stopOf(raw: Dict | undefined, values: Dict, sources: Dict): GuideStrategy['stop'] {
  if (raw !== undefined && Object.prototype.hasOwnProperty.call(raw, 'stop_loss_pct')) {
    const pct = raw.stop_loss_pct;
    const ok = isFiniteNumber(pct) && pct > 0 && pct < 100;
    return { fraction: ok ? pct / 100 : undefined, source: 'strategy', key: 'stop_loss_pct' };
  }
  if (sources.default_stop_loss_pct !== undefined) {
    const d = values.default_stop_loss_pct;
    const ok = isFiniteNumber(d) && d > 0 && d < 1;
    return {
      fraction: ok ? d : undefined,
      source: sources.default_stop_loss_pct as string,
      key: 'default_stop_loss_pct',
    };
  }
  return { fraction: 0.05, source: 'default', key: null };
}

export interface GuideRow {
  name: string;
  market: string | null;
  method: string | null;
  price: number | null;
  size_usd: number | null;
  size_units: number | null;
  risk_usd: number | null;
  limits_applied: string[];
  band: { min_usd: number; max_usd: number } | null;
  error: string | null;
}

const n = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);

/** SPEC §4's base notional, then × strength, then max, min and leverage when set. */
function sizeOf(
  method: string,
  values: Dict,
  E: number,
  P: number,
  s: number,
  d: number,
): { v: number; limits: string[] } {
  let base: number;
  if (method === 'fixed_usd') base = n(values.fixed_amount_usd);
  else if (method === 'percent_equity') base = E * n(values.percent_equity);
  else if (method === 'risk_based') base = (E * n(values.risk_per_trade_pct)) / d;
  else if (method === 'fixed_units') base = n(values.fixed_units) * P;
  else {
    const p = n(values.kelly_win_rate);
    const b = n(values.kelly_avg_win) / n(values.kelly_avg_loss);
    const f = p - (1 - p) / b;
    base = E * Math.min(Math.max(f, 0), n(values.kelly_max_position_pct));
  }
  let v = base * s;
  const limits: string[] = [];
  if (v <= 0) return { v: 0, limits };
  const max = values.max_position_size_usd;
  const min = values.min_position_size_usd;
  const lev = values.max_leverage;
  if (isFiniteNumber(max) && v > max) {
    v = max;
    limits.push('max_position_size_usd');
  }
  if (isFiniteNumber(min) && v < min) {
    v = min;
    limits.push('min_position_size_usd');
  }
  if (isFiniteNumber(lev) && v > E * lev) {
    v = E * lev;
    limits.push('max_leverage');
  }
  return { v, limits };
}

export function priceOf(market: string | undefined, inputs: PreviewInputs): number | null {
  const prices = inputs.prices ?? {};
  if (market !== undefined && Object.prototype.hasOwnProperty.call(prices, market))
    return prices[market] ?? null;
  return inputs.defaultPrice ?? null;
}

/** SPEC §4 and §6: one strategy's guide row, with no blocking diagnostic. */
export function referenceGuideRow(g: GuideStrategy, inputs: PreviewInputs): GuideRow {
  const price = priceOf(g.market, inputs);
  const row: GuideRow = {
    name: g.name,
    market: g.market ?? null,
    method: g.method ?? null,
    price,
    size_usd: null,
    size_units: null,
    risk_usd: null,
    limits_applied: [],
    band: null,
    error: null,
  };
  const d = g.stop.fraction;
  if (g.method === undefined) return { ...row, error: 'unknown-method' };
  if (d === undefined) return { ...row, error: 'range' };
  if (price === null) return { ...row, error: 'missing-price' };
  const E = inputs.equity;
  const s = inputs.strength ?? 1;
  const { v, limits } = sizeOf(g.method, g.values, E, price, s, d);
  const units = v / price;
  const risk = v * d;
  if (!(Number.isFinite(v) && Number.isFinite(units) && Number.isFinite(risk)))
    return { ...row, error: 'range' };
  let band: GuideRow['band'] = null;
  const adjustment = ownValue(g.raw, 'risk_adjustment');
  if (g.method === 'risk_based' && ownValue(adjustment, 'enabled') === true) {
    const lo = ownValue(adjustment, 'min_risk_pct');
    const hi = ownValue(adjustment, 'max_risk_pct');
    if (isFiniteNumber(lo) && isFiniteNumber(hi)) {
      const at = (r: number) =>
        sizeOf(g.method as string, { ...g.values, risk_per_trade_pct: r }, E, price, s, d).v;
      const min = at(lo);
      const max = at(hi);
      if (Number.isFinite(min) && Number.isFinite(max)) band = { min_usd: min, max_usd: max };
    }
  }
  return { ...row, size_usd: v, size_units: units, risk_usd: risk, limits_applied: limits, band };
}
