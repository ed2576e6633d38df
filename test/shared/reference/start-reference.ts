// A plain reference of the engine's start-up checks of its strategies (ENGINE.md §1.2–1.3),
// written straight from the engine's order: for each strategy in turn, its market, exchange and
// indicators (`_validate_strategy_indicators`), then its timeframe and numbers (`StrategyConfig`);
// then the names (`load_strategies`). Nothing cached, nothing shared between strategies, no fast
// path: every value read and judged each time. Python's `float()` of text and the timeframe
// pattern are the app's own readers (python-text.ts): what this checks is the walk around them.
import type { StartCause } from '../../../shared/engine/engine-start.ts';
import { startCauses } from '../../../shared/engine/engine-start.ts';
import {
  floatConvertible,
  floatValue,
  validTimeframe,
} from '../../../shared/engine/python-text.ts';
import { isObject } from './guide-reference.ts';
import { truthy } from './engine-reference.ts';

type Dict = Record<string, unknown>;

const NUMBER_RULES: readonly [string, (n: number) => boolean, string][] = [
  ['main_leverage', (n) => !(n <= 0), 'must be above 0'],
  ['hedge_leverage', (n) => !(n <= 0), 'must be above 0'],
  ['hedge_ratio', (n) => 0 <= n && n <= 1, 'must be between 0 and 1'],
  ['stop_loss_pct', (n) => !(n <= 0), 'must be above 0'],
  ['take_profit_pct', (n) => !(n <= 0), 'must be above 0'],
  ['max_position_size', (n) => !(n <= 0), 'must be above 0'],
  ['max_position_size_usd', (n) => !(n <= 0), 'must be above 0'],
  ['risk_per_trade_pct', (n) => 0 < n && n <= 1, 'must be above 0 and at most 1'],
];

const has = (o: Dict, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
/** A value Python can put in a set or use as a dict key. */
const hashable = (v: unknown): boolean => v === null || typeof v !== 'object';

/** The indicators the engine loads, by name: true when loaded, else why not. */
function loadedByName(root: Dict): Map<unknown, true | string> {
  const byName = new Map<unknown, true | string>();
  const list = has(root, 'indicators') ? root.indicators : undefined;
  if (!Array.isArray(list)) return byName;
  for (const item of list) {
    if (!isObject(item) || !truthy(item.name)) continue;
    const state = indicatorState(item);
    // An indicator whose factory fails is a root cause; a loaded one is never unloaded.
    if (state === undefined || !hashable(item.name)) continue;
    if (byName.get(item.name) !== true) byName.set(item.name, state);
  }
  return byName;
}

/** `create_indicators_from_config` of one named indicator; undefined where its factory fails. */
function indicatorState(item: Dict): true | string | undefined {
  if (!truthy(item.type)) return 'has no type, so the engine does not load it';
  if (!truthy(has(item, 'enabled') ? item.enabled : true))
    return 'is disabled, so the engine does not load it';
  const params = truthy(item.parameters) ? item.parameters : has(item, 'params') ? item.params : {};
  if (!isObject(params) || !hashable(item.type)) return undefined;
  if (typeof item.type !== 'string' || !KNOWN_TYPES.includes(item.type))
    return `has the type ${JSON.stringify(item.type)}, which the engine does not know, so it is not loaded`;
  return hashable(item.name) ? true : undefined;
}

const KNOWN_TYPES = [
  'rsi',
  'macd',
  'bollinger',
  'ma',
  'adaptive_supertrend',
  'adaptive_trend_finder',
  'ultimate_ma',
];

/** One strategy's causes, in the engine's order. */
function strategyCauses(s: Dict, i: number, root: Dict): StartCause[] {
  const out: StartCause[] = [];
  const label =
    typeof s.name === 'string' && s.name !== '' ? `Strategy "${s.name}"` : `strategies[${i}]`;
  const why = (text: string): string => `${label}: the engine refuses to start: ${text}`;
  const at = (key: string, text: string): void => {
    out.push(
      has(s, key)
        ? { path: ['strategies', i, key], message: why(text) }
        : { path: ['strategies', i], message: why(text), setting: ['strategies', i, key] },
    );
  };
  const market = has(s, 'market') ? s.market : undefined;
  if (!((typeof market === 'string' || Array.isArray(market)) && market.includes('-')))
    at(
      'market',
      `market ${market === undefined ? 'is missing' : `${JSON.stringify(market)} has no "-"`} (it needs the form ETH-USD).`,
    );
  if (!truthy(has(s, 'exchange') ? s.exchange : undefined))
    at('exchange', 'the strategy has no exchange.');
  const named = has(s, 'indicators') ? s.indicators : undefined;
  if (!truthy(named)) at('indicators', 'the strategy names no indicator.');
  else if (!Array.isArray(named))
    out.push({
      path: ['strategies', i, 'indicators'],
      message: why('indicators must be a list of indicator names.'),
    });
  else {
    const loaded = loadedByName(root);
    const listed = Array.isArray(has(root, 'indicators') ? root.indicators : undefined);
    named.forEach((name: unknown, j) => {
      const state = hashable(name) ? loaded.get(name) : undefined;
      if (state === true) return;
      const cause: StartCause = {
        path: ['strategies', i, 'indicators', j],
        message: why(
          `the indicator ${JSON.stringify(name)} ${state ?? 'is not among the indicators'}.`,
        ),
      };
      out.push(
        state === undefined && listed && hashable(name) ? { ...cause, shown: false } : cause,
      );
    });
  }
  const timeframe = has(s, 'timeframe') ? s.timeframe : '1h';
  if (typeof timeframe !== 'string' || !validTimeframe(timeframe))
    at(
      'timeframe',
      `timeframe ${JSON.stringify(timeframe)} is not one of 1m, 5m, 15m, 30m, 1h, 4h, 12h, 1d, 1w.`,
    );
  for (const [key, ok, rule] of NUMBER_RULES) {
    if (!has(s, key)) continue;
    const value = s[key];
    const bad = !floatConvertible(value) ? 'is not a number' : ok(floatValue(value)) ? '' : rule;
    if (bad !== '')
      out.push({
        path: ['strategies', i, key],
        message: why(`${key} (${JSON.stringify(value)}) ${bad}.`),
      });
  }
  return out;
}

/** `load_strategies`' names: a name (default "") an earlier strategy has, as a Python set sees. */
function nameCauses(strategies: readonly unknown[]): StartCause[] {
  const seen: unknown[] = [];
  const out: StartCause[] = [];
  strategies.forEach((s, i) => {
    if (!isObject(s)) return;
    const name = has(s, 'name') ? s.name : '';
    if (!hashable(name)) {
      out.push({
        path: ['strategies', i, 'name'],
        message: `The engine refuses to start: strategies[${i}] has a name that is not text.`,
      });
      return;
    }
    // 1, 1.0 and True are one key to Python; "1" another.
    const key = typeof name === 'boolean' ? Number(name) : name;
    if (!seen.some((k) => k === key)) {
      seen.push(key);
      return;
    }
    const text = typeof name === 'string' && name !== '';
    out.push({
      path: has(s, 'name') ? ['strategies', i, 'name'] : ['strategies', i],
      message: text
        ? `The engine refuses to start: two strategies are named ${JSON.stringify(name)}.`
        : `The engine refuses to start: strategies[${i}] has the same name as an earlier strategy (${JSON.stringify(name)}).`,
      ...(text ? { shown: false } : {}),
    });
  });
  return out;
}

/**
 * Every start-up cause of a config: the root's (the exchanges, the indicators' factory, which
 * the app reads the same way whatever its strategies) first, then each strategy's, then the names.
 */
export function referenceStartCauses(root: Dict): StartCause[] {
  const rootCauses = startCauses({ ...root, strategies: [] });
  const list = has(root, 'strategies') ? root.strategies : undefined;
  if (!Array.isArray(list) || list.length === 0) return rootCauses;
  const each = list.flatMap((s: unknown, i) => (isObject(s) ? strategyCauses(s, i, root) : []));
  return [...rootCauses, ...each, ...nameCauses(list)];
}
