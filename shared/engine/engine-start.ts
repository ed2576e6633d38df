import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { JsonRecord } from '../json-access.ts';
import { own } from '../json-access.ts';
import { NameSet, firstIndicesOfNames, strategyName } from './name-set.ts';
import { isDict, truthy } from './python-values.ts';
import { TIMEFRAME_SET, floatConvertible, floatValue, validTimeframe } from './python-text.ts';
import type { NumberRule } from './strategy-numbers.ts';
import { RULE } from './strategy-numbers.ts';

/** One reason the engine exits at start-up (ENGINE.md §1), at the value or key at fault. */
export interface StartCause {
  readonly path: JsonPath;
  readonly atKey?: boolean;
  readonly message: string;
  /** The strategy key at fault when the strategy lacks it (see DraftDiagnostic.setting). */
  readonly setting?: JsonPath;
  /** False when another diagnostic already says it (one mistake, one problem); it still counts. */
  readonly shown?: boolean;
}

/** Indicator types the engine's `IndicatorFactory` registers. */
const INDICATOR_TYPES: ReadonlySet<string> = new Set([
  'rsi',
  'macd',
  'bollinger',
  'ma',
  'adaptive_supertrend',
  'adaptive_trend_finder',
  'ultimate_ma',
]);

/** What scope's last-seen values start as: a value no strategy holds. */
const NONE_YET = Symbol('none yet');

/** Whether the engine loads an indicator, and why not. */
export type IndicatorState =
  { readonly loaded: true } | { readonly loaded: false; readonly why: string };

/** True for a value Python can hash (a dict key or set member): not a list, not an object. */
function hashable(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** The indicators the engine loads, and what stops it while loading them (ENGINE.md §1.2). */
export interface LoadedIndicators {
  /** Each name of indicators[] with whether it is loaded; a loaded entry is never unloaded. */
  readonly byName: Map<unknown, IndicatorState>;
  readonly crashes: StartCause[];
}

function loadState(item: JsonRecord): IndicatorState | 'crash' | undefined {
  const name = own(item, 'name');
  const type = own(item, 'type');
  if (!truthy(name)) return undefined;
  if (!truthy(type)) return { loaded: false, why: 'has no type, so the engine does not load it' };
  const enabled = Object.hasOwn(item, 'enabled') ? item.enabled : true;
  if (!truthy(enabled))
    return { loaded: false, why: 'is disabled, so the engine does not load it' };
  // `config.get("parameters", {}) or config.get("params", {})`, then params['timeframe'] = …
  const params = truthy(item.parameters)
    ? item.parameters
    : Object.hasOwn(item, 'params')
      ? item.params
      : {};
  if (!isDict(params) || !hashable(type)) return 'crash';
  if (typeof type !== 'string' || !INDICATOR_TYPES.has(type))
    return {
      loaded: false,
      why: `has the type ${JSON.stringify(type)}, which the engine does not know, so it is not loaded`,
    };
  return hashable(name) ? { loaded: true } : 'crash';
}

/** `IndicatorFactory.create_indicators_from_config` as far as start-up is concerned. */
export function loadedIndicators(root: JsonRecord): LoadedIndicators {
  const byName = new Map<unknown, IndicatorState>();
  const crashes: StartCause[] = [];
  if (!Object.hasOwn(root, 'indicators')) return { byName, crashes };
  const list = root.indicators;
  if (list === null || typeof list === 'number' || typeof list === 'boolean') {
    crashes.push({
      path: ['indicators'],
      message: 'The engine refuses to start: "indicators" is not a list.',
    });
    return { byName, crashes };
  }
  if (!Array.isArray(list)) return { byName, crashes };
  list.forEach((item, i) => {
    if (!isDict(item)) return;
    const state = loadState(item);
    if (state === 'crash') {
      crashes.push({
        path: ['indicators', i],
        message: `The engine refuses to start: indicators[${i}] makes its indicator factory fail (its type must be text and its parameters an object).`,
      });
      return;
    }
    const name = item.name;
    if (state === undefined || !hashable(name)) return;
    if (byName.get(name)?.loaded !== true) byName.set(name, state);
  });
  return { byName, crashes };
}

/** `Strategy "eth"`, or `strategies[2]` for a strategy without a name. */
function strategyLabel(s: JsonRecord, index: number): string {
  return typeof s.name === 'string' && s.name !== ''
    ? `Strategy "${s.name}"`
    : `strategies[${index}]`;
}

/** What one strategy's causes are found with: the indicators loaded, where a cause is put. */
interface StrategyScope {
  s: JsonRecord;
  index: number;
  readonly indicators: Map<unknown, IndicatorState>;
  readonly guideListsIndicators: boolean;
  readonly out: StartCause[];
  lastLoaded: unknown;
  /** The last timeframe found valid (none yet: a value no strategy holds). */
  lastTimeframe: unknown;
}

function refusal(scope: StrategyScope, why: string): string {
  return `${strategyLabel(scope.s, scope.index)}: the engine refuses to start: ${why}`;
}

function refuse(scope: StrategyScope, path: JsonPath, why: string, shown = true): void {
  const message = refusal(scope, why);
  scope.out.push(shown ? { path, message } : { path, message, shown });
}

/** A cause at a strategy's key when it is there, else at the strategy, naming the key lacking. */
function refuseAt(scope: StrategyScope, key: string, why: string): void {
  const setting = ['strategies', scope.index, key];
  const message = refusal(scope, why);
  scope.out.push(
    Object.hasOwn(scope.s, key)
      ? { path: setting, message }
      : { path: ['strategies', scope.index], message, setting },
  );
}

/** `_validate_strategy_indicators`: a market with "-", an exchange, indicators that are loaded. */
function referenceCauses(scope: StrategyScope): void {
  const { s, index } = scope;
  // Keys Object.prototype lacks: a JSON object's property read is its own property.
  const market = s.market;
  const marketOk =
    typeof market === 'string'
      ? market.includes('-')
      : Array.isArray(market) && market.includes('-');
  if (!marketOk) {
    const what = market === undefined ? 'is missing' : `${JSON.stringify(market)} has no "-"`;
    refuseAt(scope, 'market', `market ${what} (it needs the form ETH-USD).`);
  }
  if (!truthy(s.exchange)) refuseAt(scope, 'exchange', 'the strategy has no exchange.');
  const named = s.indicators;
  // The common case first: a list that names indicators.
  if (Array.isArray(named) && named.length > 0) {
    indicatorCauses(scope, named);
    return;
  }
  if (!truthy(named)) {
    refuseAt(scope, 'indicators', 'the strategy names no indicator.');
    return;
  }
  if (!Array.isArray(named)) {
    refuse(
      scope,
      ['strategies', index, 'indicators'],
      'indicators must be a list of indicator names.',
    );
    return;
  }
}

/** The causes of the indicators a strategy names, a non-empty list. */
function indicatorCauses(scope: StrategyScope, named: readonly unknown[]): void {
  const index = scope.index;
  for (let i = 0; i < named.length; i++) {
    const indicator: unknown = named[i];
    // Strategies written alike name the same indicator: known loaded without a lookup.
    if (indicator === scope.lastLoaded) continue;
    const state = hashable(indicator) ? scope.indicators.get(indicator) : undefined;
    if (state?.loaded === true) {
      scope.lastLoaded = indicator;
      continue;
    }
    const why = state?.loaded === false ? state.why : 'is not among the indicators';
    // A name absent from indicators[] is the guide's unknown-indicator error already.
    const shown = !(state === undefined && scope.guideListsIndicators && hashable(indicator));
    refuse(
      scope,
      ['strategies', index, 'indicators', i],
      `the indicator ${JSON.stringify(indicator)} ${why}.`,
      shown,
    );
  }
}

/** `StrategyConfig.__post_init__`: the timeframe and the strategy-root numbers. */
function configCauses(scope: StrategyScope): void {
  const { s } = scope;
  timeframeCause(scope, s.timeframe === undefined ? '1h' : s.timeframe);
  // Named reads in STRATEGY_NUMBERS' order, not `s[rule.key]` in a loop: one site reading eight
  // keys of every strategy's shape is megamorphic, and at 100,000 strategies that lookup was a
  // fifth of the start-up checks. Each judged only when set (most strategies set two or three):
  // V8 does not inline eight calls here, and a call for a key the strategy lacks was most of it.
  if (s.main_leverage !== undefined) numberCause(scope, RULE.main_leverage, s.main_leverage);
  if (s.hedge_leverage !== undefined) numberCause(scope, RULE.hedge_leverage, s.hedge_leverage);
  if (s.hedge_ratio !== undefined) numberCause(scope, RULE.hedge_ratio, s.hedge_ratio);
  if (s.stop_loss_pct !== undefined) numberCause(scope, RULE.stop_loss_pct, s.stop_loss_pct);
  if (s.take_profit_pct !== undefined) numberCause(scope, RULE.take_profit_pct, s.take_profit_pct);
  if (s.max_position_size !== undefined)
    numberCause(scope, RULE.max_position_size, s.max_position_size);
  if (s.max_position_size_usd !== undefined)
    numberCause(scope, RULE.max_position_size_usd, s.max_position_size_usd);
  if (s.risk_per_trade_pct !== undefined)
    numberCause(scope, RULE.risk_per_trade_pct, s.risk_per_trade_pct);
}

/** The cause of a timeframe `StrategyConfig` does not accept. */
function timeframeCause(scope: StrategyScope, timeframe: unknown): void {
  // Strategies written alike name the same timeframe, most often a text V8 interned: the last
  // one accepted is then the very same string, and comparing it costs no lookup.
  if (timeframe === scope.lastTimeframe) return;
  if (typeof timeframe === 'string' && (TIMEFRAME_SET.has(timeframe) || validTimeframe(timeframe)))
    scope.lastTimeframe = timeframe;
  else
    refuseAt(
      scope,
      'timeframe',
      `timeframe ${JSON.stringify(timeframe)} is not one of 1m, 5m, 15m, 30m, 1h, 4h, 12h, 1d, 1w.`,
    );
}

/** The cause of `rule`, when the strategy's value breaks it. */
function numberCause(scope: StrategyScope, rule: NumberRule, value: unknown): void {
  if (value === undefined) return;
  // Almost every value is a number the rule accepts: no need for float()'s reading of text.
  if (typeof value === 'number' && rule.ok(value)) return;
  const bad = !floatConvertible(value)
    ? 'is not a number'
    : rule.ok(floatValue(value))
      ? undefined
      : rule.rule;
  if (bad !== undefined)
    refuse(
      scope,
      ['strategies', scope.index, rule.key],
      `${rule.key} (${JSON.stringify(value)}) ${bad}.`,
    );
}

/** Every cause of one strategy, into `scope.out`; one scope serves every strategy in turn. */
function strategyCauses(scope: StrategyScope, s: JsonRecord, index: number): void {
  scope.s = s;
  scope.index = index;
  referenceCauses(scope);
  configCauses(scope);
}

function exchangeCauses(root: JsonRecord): StartCause[] {
  if (!Object.hasOwn(root, 'exchanges'))
    return [
      { path: [], message: 'The engine refuses to start: the file has no "exchanges" list.' },
    ];
  const list = root.exchanges;
  if (list === '' || (isDict(list) && Object.keys(list).length === 0)) return [];
  if (!Array.isArray(list))
    return [
      { path: ['exchanges'], message: 'The engine refuses to start: "exchanges" is not a list.' },
    ];
  const out: StartCause[] = [];
  list.forEach((entry, i) => {
    if (!isDict(entry))
      out.push({
        path: ['exchanges', i],
        message: `The engine refuses to start: exchanges[${i}] is not an object.`,
      });
    else if (!Object.hasOwn(entry, 'name'))
      out.push({
        path: ['exchanges', i],
        message: `The engine refuses to start: exchanges[${i}] has no "name".`,
      });
  });
  return out;
}

/**
 * ENGINE.md §1: every reason the engine would exit at start-up, one per cause. The file's
 * syntax (comments, a BOM) is not among them: those are the `not-strict-json` and `bom` warnings.
 * A duplicate name is left to the guide's `duplicate-strategy` error, which says the same thing.
 * `names`: firstIndicesOfNames of the strategies, when the caller has it already.
 */
export function startCauses(root: JsonRecord, names?: Int32Array): StartCause[] {
  const out = exchangeCauses(root);
  // Indicators load before the strategies are checked, whether there are strategies or not.
  const indicators = loadedIndicators(root);
  out.push(...indicators.crashes);
  const strategies = own(root, 'strategies');
  if (!Array.isArray(strategies) || strategies.length === 0) return out;
  const scope: StrategyScope = {
    s: {},
    index: 0,
    indicators: indicators.byName,
    guideListsIndicators: Array.isArray(own(root, 'indicators')),
    out,
    lastTimeframe: NONE_YET,
    lastLoaded: NONE_YET,
  };
  // A table of another list would make every name a repeat: one of a different length is remade.
  const seen = new NameSet(
    names?.length === strategies.length ? names : firstIndicesOfNames(strategies),
  );
  const nameOut: StartCause[] = [];
  for (let i = 0; i < strategies.length; i++) {
    const s: unknown = strategies[i];
    if (!isDict(s)) continue;
    strategyCauses(scope, s, i);
    nameCause(seen, s, i, nameOut);
  }
  for (const c of nameOut) out.push(c);
  return out;
}

/** `load_strategies`: a name seen before (the default name is "") refuses the start. */
function nameCause(names: NameSet, s: JsonRecord, i: number, out: StartCause[]): void {
  if (names.firstText(i)) return;
  const name = strategyName(s);
  if (!hashable(name)) {
    out.push({
      path: ['strategies', i, 'name'],
      message: `The engine refuses to start: strategies[${i}] has a name that is not text.`,
    });
    return;
  }
  if (names.add(i, name)) return;
  const text = typeof name === 'string' && name !== '';
  out.push({
    path: Object.hasOwn(s, 'name') ? ['strategies', i, 'name'] : ['strategies', i],
    message: text
      ? `The engine refuses to start: two strategies are named ${JSON.stringify(name)}.`
      : `The engine refuses to start: strategies[${i}] has the same name as an earlier strategy (${JSON.stringify(name)}).`,
    // The guide's duplicate-strategy error says the same of two named strategies.
    ...(text ? { shown: false } : {}),
  });
}
