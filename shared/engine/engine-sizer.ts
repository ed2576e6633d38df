import type { JsonRecord } from '../json-access.ts';
import { own } from '../json-access.ts';
import type { EngineMethod, EngineParamKey } from './engine-keys.ts';
import { ENGINE_PARAM_DEFAULTS, ENGINE_PARAM_KEYS, engineMethodOf } from './engine-keys.ts';
import { arithmetic, isDict, truthy } from './python-values.ts';

/**
 * Where the engine got a value: the strategy's block, the global block, a root key of the file
 * (`max_position_size_usd`, `max_leverage`, `max_account_risk_pct`), or a built-in default.
 */
export type EngineSource = 'strategy' | 'global' | 'root' | 'default';

/** A `PositionSizingConfig` as the engine builds it (ENGINE.md §2), with where each value came from. */
export interface EngineSizerConfig {
  readonly method: EngineMethod;
  /** The method value as read (`method`, else `position_sizing_method`); undefined when neither. */
  readonly methodValue: unknown;
  readonly methodSource: EngineSource;
  /** True when the value read is one of the engine's five methods (or absent). */
  readonly methodKnown: boolean;
  /** Values exactly as in the JSON: a string stays a string (and makes the arithmetic raise). */
  readonly params: Readonly<Record<EngineParamKey, unknown>>;
  readonly sources: Readonly<Record<EngineParamKey, EngineSource>>;
}

/** A dict under construction, remembering the source of each key. */
type SourcedDict = Map<string, { readonly value: unknown; readonly source: EngineSource }>;

/** Why the engine exits while building its risk manager (`RiskManager.from_config` raising). */
export interface SizerStartFailure {
  readonly path: readonly string[];
  readonly message: string;
  /** True when only the engine model can say it (no schema error covers the value). */
  readonly engineOnly: boolean;
}

/** The global sizer and the root values the risk manager keeps beside it. */
export interface GlobalSizer {
  readonly config: EngineSizerConfig;
  /** Root `max_position_size_usd` as read: the second cap when truthy (ENGINE.md §4.5). */
  readonly rootCap: unknown;
  /** Root `max_leverage` (25.0 when absent): the risk manager's own leverage ceiling. */
  readonly rootLeverage: unknown;
  readonly failure: SizerStartFailure | undefined;
}

/** `PositionSizingConfig.from_config_dict`: method and the twelve keys, each with its default. */
export function sizerConfigFromDict(dict: SourcedDict): EngineSizerConfig {
  const method = dict.get('method');
  // `config.get('method') or config.get('position_sizing_method', 'fixed_usd')`
  const read = truthy(method?.value) ? method : dict.get('position_sizing_method');
  const known = read === undefined ? 'fixed_usd' : engineMethodOf(read.value);
  const params = {} as Record<EngineParamKey, unknown>;
  const sources = {} as Record<EngineParamKey, EngineSource>;
  for (const key of ENGINE_PARAM_KEYS) {
    const entry = dict.get(key);
    params[key] = entry === undefined ? ENGINE_PARAM_DEFAULTS[key] : entry.value;
    sources[key] = entry === undefined ? 'default' : entry.source;
  }
  return {
    method: known ?? 'fixed_usd',
    methodValue: read?.value,
    methodSource: read?.source ?? 'default',
    methodKnown: known !== undefined,
    params,
    sources,
  };
}

function dictOf(block: JsonRecord, source: EngineSource): SourcedDict {
  const dict: SourcedDict = new Map();
  for (const key of Object.keys(block)) dict.set(key, { value: block[key], source });
  return dict;
}

/** `RiskManager.from_config` (ENGINE.md §2): the global sizer, root keys merged in. */
export function globalSizer(root: JsonRecord): GlobalSizer {
  const block = own(root, 'position_sizing');
  const rootCap = own(root, 'max_position_size_usd');
  const leverage = Object.hasOwn(root, 'max_leverage')
    ? { value: root.max_leverage, source: 'root' as const }
    : { value: 25, source: 'default' as const };
  const accountRisk = Object.hasOwn(root, 'max_account_risk_pct')
    ? { value: root.max_account_risk_pct, source: 'root' as const }
    : { value: 2, source: 'default' as const };
  const riskFromRoot = (): { value: unknown; source: EngineSource } | SizerStartFailure => {
    const pct = arithmetic(accountRisk.value);
    if (pct !== undefined) return { value: pct / 100, source: accountRisk.source };
    return {
      path: ['max_account_risk_pct'],
      message:
        'The engine refuses to start: max_account_risk_pct is not a number, and it divides it by 100 to build its risk manager.',
      engineOnly: true,
    };
  };
  let dict: SourcedDict;
  if (truthy(block)) {
    if (!isDict(block)) {
      const failure = {
        path: ['position_sizing'],
        message:
          'position_sizing is not an object: the engine exits while building its risk manager.',
        engineOnly: false,
      };
      return {
        config: sizerConfigFromDict(new Map()),
        rootCap,
        rootLeverage: leverage.value,
        failure,
      };
    }
    dict = dictOf(block, 'global');
    if (!dict.has('max_position_size_usd') && truthy(rootCap))
      dict.set('max_position_size_usd', { value: rootCap, source: 'root' });
    if (!dict.has('max_leverage')) dict.set('max_leverage', leverage);
  } else {
    const capSource: EngineSource = truthy(rootCap) ? 'root' : 'default';
    dict = new Map([
      ['position_sizing_method', { value: 'fixed_usd', source: 'default' }],
      ['fixed_usd_amount', { value: truthy(rootCap) ? rootCap : 1000, source: capSource }],
      ['max_position_size_usd', { value: truthy(rootCap) ? rootCap : 10000, source: capSource }],
      ['min_position_size_usd', { value: 10, source: 'default' }],
      ['max_leverage', leverage],
    ]);
  }
  let failure: SizerStartFailure | undefined;
  if (!dict.has('risk_per_trade_pct')) {
    const risk = riskFromRoot();
    if ('message' in risk) failure = risk;
    else dict.set('risk_per_trade_pct', risk);
  }
  return { config: sizerConfigFromDict(dict), rootCap, rootLeverage: leverage.value, failure };
}

/** How a strategy ends up sized: by its own sizer, or by the global one and why. */
export type StrategySizerKind =
  | { readonly sizer: 'strategy'; readonly config: EngineSizerConfig }
  | {
      readonly sizer: 'global';
      readonly config: EngineSizerConfig;
      /** 'no-block': none, null or {}; 'block-ignored': the global method breaks the build. */
      readonly because: 'no-block' | 'no-name' | 'block-ignored' | 'not-an-object';
    };

/** Global methods whose branch in `_create_position_sizer_for_strategy` raises (ENGINE.md §3). */
const BREAKS_STRATEGY_SIZERS: ReadonlySet<EngineMethod> = new Set([
  'percent_equity',
  'fixed_units',
  'kelly_criterion',
]);

/** True when the global method makes the engine ignore every strategy's own block. */
export function ignoresStrategyBlocks(global: EngineSizerConfig): boolean {
  return BREAKS_STRATEGY_SIZERS.has(global.method);
}

/** ENGINE.md §3: the sizer a strategy gets, with the engine's partial inheritance. */
export function strategySizer(global: EngineSizerConfig, strategy: JsonRecord): StrategySizerKind {
  const block = own(strategy, 'position_sizing');
  if (!truthy(block)) return { sizer: 'global', config: global, because: 'no-block' };
  // Sizers are looked up by the signal's strategy name; an empty name never matches.
  if (!truthy(own(strategy, 'name')))
    return { sizer: 'global', config: global, because: 'no-name' };
  if (ignoresStrategyBlocks(global))
    return { sizer: 'global', config: global, because: 'block-ignored' };
  if (!isDict(block)) return { sizer: 'global', config: global, because: 'not-an-object' };
  return { sizer: 'strategy', config: mergedConfig(global, block) };
}

/** ENGINE.md §3: the global sizer's values the engine passes to every strategy's own sizer. */
const PASSED_DOWN: ReadonlySet<EngineParamKey> = new Set([
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
  'risk_per_trade_pct',
]);

/** True when the engine passes `key` from the global sizer to a strategy's own sizer. */
export function passedDown(global: EngineSizerConfig, key: EngineParamKey): boolean {
  return PASSED_DOWN.has(key) || (key === 'fixed_usd_amount' && global.method === 'fixed_usd');
}

// Sources depend only on which keys a block sets: one object per pattern, shared by strategies.
const sourcesCache = new WeakMap<
  EngineSizerConfig,
  Map<number, Record<EngineParamKey, EngineSource>>
>();

/**
 * The strategy sizer's `PositionSizingConfig`: the global values passed down, each key the block
 * sets over them — what `from_config_dict` makes of the merged dict, without building it.
 */
function mergedConfig(global: EngineSizerConfig, block: JsonRecord): EngineSizerConfig {
  const params = {} as Record<EngineParamKey, unknown>;
  let mask = 0;
  for (let i = 0; i < ENGINE_PARAM_KEYS.length; i++) {
    const key = ENGINE_PARAM_KEYS[i] as EngineParamKey;
    if (Object.hasOwn(block, key)) {
      params[key] = block[key];
      mask |= 1 << i;
    } else {
      params[key] = passedDown(global, key) ? global.params[key] : ENGINE_PARAM_DEFAULTS[key];
    }
  }
  let byMask = sourcesCache.get(global);
  if (byMask === undefined) {
    byMask = new Map<number, Record<EngineParamKey, EngineSource>>();
    sourcesCache.set(global, byMask);
  }
  let sources = byMask.get(mask);
  if (sources === undefined) {
    sources = {} as Record<EngineParamKey, EngineSource>;
    ENGINE_PARAM_KEYS.forEach((key, i) => {
      (sources as Record<EngineParamKey, EngineSource>)[key] =
        (mask & (1 << i)) !== 0
          ? 'strategy'
          : passedDown(global, key)
            ? global.sources[key]
            : 'default';
    });
    byMask.set(mask, sources);
  }
  // `method` when truthy, else `position_sizing_method` — the block's, else the global method.
  const own = truthy(block.method)
    ? block.method
    : Object.hasOwn(block, 'position_sizing_method')
      ? block.position_sizing_method
      : undefined;
  const fromBlock = truthy(block.method) || Object.hasOwn(block, 'position_sizing_method');
  const value = fromBlock ? own : global.method;
  const known = engineMethodOf(value);
  return {
    method: known ?? 'fixed_usd',
    methodValue: value,
    methodSource: fromBlock ? 'strategy' : global.methodSource,
    methodKnown: known !== undefined,
    params,
    sources,
  };
}
