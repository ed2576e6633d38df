// A plain reference of the engine model, written straight from ENGINE.md §2–4 (and the
// measured details SPEC §7 and docs/decisions.md add): dicts built step by step as the engine's
// Python builds them, one strategy at a time, nothing cached or shared.
import { isObject, ownValue } from './guide-reference.ts';

type Dict = Record<string, unknown>;
type Entry = { value: unknown; source: string };

/** ENGINE.md §2: the twelve keys `PositionSizingConfig` reads, with their defaults. */
export const PARAM_DEFAULTS: Dict = {
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
};
const ENGINE_METHODS = [
  'fixed_usd',
  'percent_equity',
  'risk_based',
  'fixed_units',
  'kelly_criterion',
];

/** Python truthiness of a JSON value. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** Python arithmetic on a JSON value: bools are 0 and 1, anything but a number raises. */
class PythonError extends Error {}
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new PythonError('not a number');
}
const isNumber = (v: unknown): boolean => typeof v === 'number' || typeof v === 'boolean';

export interface EngineSizer {
  method: string;
  methodValue: unknown;
  methodSource: string;
  methodKnown: boolean;
  params: Dict;
  sources: Dict;
}

/** `PositionSizingConfig.from_config_dict`. */
function fromDict(dict: Map<string, Entry>): EngineSizer {
  const m = dict.get('method');
  const read = m !== undefined && truthy(m.value) ? m : dict.get('position_sizing_method');
  const value = read === undefined ? 'fixed_usd' : read.value;
  const known = typeof value === 'string' && ENGINE_METHODS.includes(value);
  const params: Dict = {};
  const sources: Dict = {};
  for (const key of Object.keys(PARAM_DEFAULTS)) {
    const e = dict.get(key);
    params[key] = e === undefined ? PARAM_DEFAULTS[key] : e.value;
    sources[key] = e === undefined ? 'default' : e.source;
  }
  return {
    method: known ? value : 'fixed_usd',
    methodValue: read?.value,
    methodSource: read?.source ?? 'default',
    methodKnown: known,
    params,
    sources,
  };
}

export interface EngineGlobal {
  sizer: EngineSizer;
  rootCap: unknown;
  rootLeverage: unknown;
  /** False when building the risk manager raises (the engine does not start). */
  builds: boolean;
}

/** ENGINE.md §2: `RiskManager.from_config`. */
export function referenceGlobal(root: Dict): EngineGlobal {
  const block = ownValue(root, 'position_sizing');
  const rootCap = ownValue(root, 'max_position_size_usd');
  const hasLev = Object.prototype.hasOwnProperty.call(root, 'max_leverage');
  const leverage: Entry = hasLev
    ? { value: root.max_leverage, source: 'root' }
    : { value: 25, source: 'default' };
  if (truthy(block) && !isObject(block))
    return { sizer: fromDict(new Map()), rootCap, rootLeverage: leverage.value, builds: false };
  const dict = new Map<string, Entry>();
  if (isObject(block) && truthy(block)) {
    for (const key of Object.keys(block)) dict.set(key, { value: block[key], source: 'global' });
    if (!dict.has('max_position_size_usd') && truthy(rootCap))
      dict.set('max_position_size_usd', { value: rootCap, source: 'root' });
    if (!dict.has('max_leverage')) dict.set('max_leverage', leverage);
  } else {
    const capSource = truthy(rootCap) ? 'root' : 'default';
    dict.set('position_sizing_method', { value: 'fixed_usd', source: 'default' });
    dict.set('fixed_usd_amount', { value: truthy(rootCap) ? rootCap : 1000, source: capSource });
    dict.set('max_position_size_usd', {
      value: truthy(rootCap) ? rootCap : 10000,
      source: capSource,
    });
    dict.set('min_position_size_usd', { value: 10, source: 'default' });
    dict.set('max_leverage', leverage);
  }
  let builds = true;
  if (!dict.has('risk_per_trade_pct')) {
    const has = Object.prototype.hasOwnProperty.call(root, 'max_account_risk_pct');
    const pct = has ? root.max_account_risk_pct : 2;
    if (isNumber(pct))
      dict.set('risk_per_trade_pct', { value: num(pct) / 100, source: has ? 'root' : 'default' });
    else builds = false;
  }
  return { sizer: fromDict(dict), rootCap, rootLeverage: leverage.value, builds };
}

export interface EngineStrategyRef {
  sizer: 'strategy' | 'global';
  because: string | undefined;
  config: EngineSizer;
  enabled: boolean;
}

/** ENGINE.md §3: the sizer each strategy gets. */
export function referenceStrategy(global: EngineSizer, entry: unknown): EngineStrategyRef {
  const viaGlobal = (because: string): EngineStrategyRef => ({
    sizer: 'global',
    because,
    config: global,
    enabled: isObject(entry) && 'enabled' in entry ? truthy(entry.enabled) : true,
  });
  if (!isObject(entry)) return viaGlobal('no-block');
  const block = ownValue(entry, 'position_sizing');
  if (!truthy(block)) return viaGlobal('no-block');
  if (!truthy(ownValue(entry, 'name'))) return viaGlobal('no-name');
  if (['percent_equity', 'fixed_units', 'kelly_criterion'].includes(global.method))
    return viaGlobal('block-ignored');
  if (!isObject(block)) return viaGlobal('not-an-object');
  const dict = new Map<string, Entry>();
  dict.set('position_sizing_method', { value: global.method, source: global.methodSource });
  const passed = [
    'max_position_size_usd',
    'min_position_size_usd',
    'max_leverage',
    'risk_per_trade_pct',
  ];
  if (global.method === 'fixed_usd') passed.push('fixed_usd_amount');
  for (const key of passed)
    dict.set(key, { value: global.params[key], source: global.sources[key] as string });
  for (const key of Object.keys(block)) dict.set(key, { value: block[key], source: 'strategy' });
  return {
    sizer: 'strategy',
    because: undefined,
    config: fromDict(dict),
    enabled: viaGlobal('').enabled,
  };
}

/** ENGINE.md §4: what `calculate_position_size` returns on the live path, in USD and units. */
export function referenceTrade(
  c: EngineSizer,
  rootCap: unknown,
  rootLeverage: unknown,
  E: number,
  P: number,
  s: number,
): { usd: number; units: number } {
  if (!(E > 0 && P > 0)) return { usd: 0, units: 0 };
  // The leverage min() runs outside the guarded block: the engine then places nothing.
  if (!isNumber(rootLeverage) || !isNumber(c.params.max_leverage)) return { usd: 0, units: 0 };
  const p = c.params;
  try {
    const stopPrice = P * (1 - 10 / 100);
    const fixedUsd = () => (num(p.fixed_usd_amount) * s) / P;
    let units: number;
    if (c.method === 'fixed_usd') units = fixedUsd();
    else if (c.method === 'percent_equity') units = (E * num(p.equity_percentage) * s) / P;
    else if (c.method === 'risk_based') {
      const perUnit = Math.abs(P - stopPrice);
      units = perUnit <= 0 ? fixedUsd() : (E * num(p.risk_per_trade_pct) * s) / perUnit;
    } else if (c.method === 'fixed_units') units = num(p.fixed_units) * s;
    else {
      const avgLoss = num(p.kelly_avg_loss);
      if (avgLoss <= 0) units = fixedUsd();
      else {
        const winRate = num(p.kelly_win_rate);
        const odds = num(p.kelly_avg_win) / avgLoss;
        if (odds === 0) throw new PythonError('ZeroDivisionError');
        let pct = (odds * winRate - (1 - winRate)) / odds;
        pct = Math.min(pct, num(p.kelly_max_position_pct));
        pct = Math.max(pct, 0);
        units = (E * pct * s) / P;
      }
    }
    // _apply_limits: three tests on the same base value, each overwriting the last.
    let limited = 0;
    if (units > 0) {
      const value = units * P;
      limited = units;
      if (value > num(p.max_position_size_usd)) limited = num(p.max_position_size_usd) / P;
      if (value < num(p.min_position_size_usd)) limited = num(p.min_position_size_usd) / P;
      if (value > E * num(p.max_leverage)) limited = (E * num(p.max_leverage)) / P;
    }
    let usd = limited * P;
    let out = limited;
    if (truthy(rootCap) && usd > num(rootCap)) {
      usd = num(rootCap);
      out = num(rootCap) / P;
    }
    if (Number.isNaN(usd) || !(usd > 0)) return { usd: 0, units: 0 };
    return { usd, units: out };
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    return { usd: E * 0.05, units: (E * 0.05) / P };
  }
}
