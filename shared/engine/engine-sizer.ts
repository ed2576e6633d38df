import type { JsonRecord } from '../json-access.ts';
import { own } from '../json-access.ts';
import type { EngineMethod, EngineParamKey } from './engine-keys.ts';
import { ENGINE_PARAM_DEFAULTS, ENGINE_PARAM_KEYS, engineMethodOf } from './engine-keys.ts';
import { ValueTrie } from '../value-trie.ts';
import { arithmetic, isDict, truthy } from './python-values.ts';
import { paramIndex, paramsOver, tagged } from './sizer-params.ts';

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
function sizerConfigFromDict(dict: SourcedDict): EngineSizerConfig {
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

type Sourced = { readonly value: unknown; readonly source: EngineSource };

/** A root key as `config.get(key, default)` reads it, with where the value came from. */
function rootValue(root: JsonRecord, key: string, fallback: number): Sourced {
  return Object.hasOwn(root, key)
    ? { value: root[key], source: 'root' }
    : { value: fallback, source: 'default' };
}

/** `max_account_risk_pct / 100.0`, or why the division stops the engine at start-up. */
function riskFromRoot(root: JsonRecord): Sourced | SizerStartFailure {
  const accountRisk = rootValue(root, 'max_account_risk_pct', 2);
  const pct = arithmetic(accountRisk.value);
  if (pct !== undefined) return { value: pct / 100, source: accountRisk.source };
  return {
    path: ['max_account_risk_pct'],
    message:
      'The engine refuses to start: max_account_risk_pct is not a number, and it divides it by 100 to build its risk manager.',
    engineOnly: true,
  };
}

/** The dict `from_config` builds without a position_sizing block (ENGINE.md §2). */
function defaultDict(rootCap: unknown, leverage: Sourced): SourcedDict {
  const capSource: EngineSource = truthy(rootCap) ? 'root' : 'default';
  return new Map([
    ['position_sizing_method', { value: 'fixed_usd', source: 'default' }],
    ['fixed_usd_amount', { value: truthy(rootCap) ? rootCap : 1000, source: capSource }],
    ['max_position_size_usd', { value: truthy(rootCap) ? rootCap : 10000, source: capSource }],
    ['min_position_size_usd', { value: 10, source: 'default' }],
    ['max_leverage', leverage],
  ]);
}

/** A copy of the block, with the root's cap and leverage where it lacks them. */
function blockDict(block: JsonRecord, rootCap: unknown, leverage: Sourced): SourcedDict {
  const dict = dictOf(block, 'global');
  if (!dict.has('max_position_size_usd') && truthy(rootCap))
    dict.set('max_position_size_usd', { value: rootCap, source: 'root' });
  if (!dict.has('max_leverage')) dict.set('max_leverage', leverage);
  return dict;
}

/** `RiskManager.from_config` (ENGINE.md §2): the global sizer, root keys merged in. */
export function globalSizer(root: JsonRecord): GlobalSizer {
  const block = own(root, 'position_sizing');
  const rootCap = own(root, 'max_position_size_usd');
  const leverage = rootValue(root, 'max_leverage', 25);
  if (truthy(block) && !isDict(block)) {
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
  const dict =
    isDict(block) && truthy(block)
      ? blockDict(block, rootCap, leverage)
      : defaultDict(rootCap, leverage);
  let failure: SizerStartFailure | undefined;
  if (!dict.has('risk_per_trade_pct')) {
    const risk = riskFromRoot(root);
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

/**
 * ENGINE.md §3: the sizer a strategy gets, with the engine's partial inheritance. `ways`, when
 * given, with the strategy's `index` in its list: a block written like an earlier one's is not
 * read again.
 */
export function strategySizer(
  global: EngineSizerConfig,
  strategy: JsonRecord,
  scope: SizerScope = sizerScope(global),
  ways?: SizersByWay,
  index = -1,
): StrategySizerKind {
  return sizerIn(scope, strategy, ways, index);
}

/**
 * The sizers of one file's blocks by the way each is written, as the guide numbers them
 * (BlockCache.of): a block written like an earlier one gets its sizer without its keys being
 * read again. A negative way is one the engine does not share by.
 */
export class SizersByWay {
  private readonly byWay: (StrategySizerKind | undefined)[] = [];

  constructor(readonly ways: Int32Array) {}

  /** The sizer of strategy `index`, whose block is `block`. */
  sizerOf(scope: SizerScope, block: JsonRecord, index: number): StrategySizerKind {
    const way = this.ways[index] ?? -1;
    if (way < 0) return mergedSizer(scope, block);
    return (this.byWay[way] ??= mergedSizer(scope, block));
  }
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

/**
 * What every strategy sizer under one global sizer shares, built once: most strategies then
 * allocate nothing but their own parameter values.
 */
export interface SizerScope {
  readonly global: EngineSizerConfig;
  readonly ignores: boolean;
  /** The twelve values a strategy sizer starts from: the global's passed down, else defaults. */
  readonly inherited: Readonly<Record<EngineParamKey, unknown>>;
  /** The same values in ENGINE_PARAM_KEYS' order. */
  readonly inheritedValues: readonly unknown[];
  readonly kinds: Readonly<Record<GlobalBecause, StrategySizerKind>>;
  /** Sources depend only on which keys a block sets: one object per pattern. */
  readonly sourcesByMask: Map<number, Record<EngineParamKey, EngineSource>>;
  /** Sizers by the values their blocks set: strategies with the same block share one. */
  readonly shared: ValueTrie<StrategySizerKind>;
}

type GlobalBecause = Extract<StrategySizerKind, { sizer: 'global' }>['because'];

const scopes = new WeakMap<EngineSizerConfig, SizerScope>();

/** The shared part of every strategy sizer under `global`, made once per global sizer. */
export function sizerScope(global: EngineSizerConfig): SizerScope {
  const cached = scopes.get(global);
  if (cached !== undefined) return cached;
  const inherited = {} as Record<EngineParamKey, unknown>;
  for (const key of ENGINE_PARAM_KEYS)
    inherited[key] = passedDown(global, key) ? global.params[key] : ENGINE_PARAM_DEFAULTS[key];
  const kind = (because: GlobalBecause): StrategySizerKind => ({
    sizer: 'global',
    config: global,
    because,
  });
  const scope: SizerScope = {
    global,
    ignores: ignoresStrategyBlocks(global),
    inherited,
    inheritedValues: tagged(ENGINE_PARAM_KEYS.map((key) => inherited[key])),
    kinds: {
      'no-block': kind('no-block'),
      'no-name': kind('no-name'),
      'block-ignored': kind('block-ignored'),
      'not-an-object': kind('not-an-object'),
    },
    sourcesByMask: new Map(),
    shared: new ValueTrie(),
  };
  scopes.set(global, scope);
  return scope;
}

/** Python truthiness of a value known to be a dict: true when it holds any key. */
function nonEmpty(dict: JsonRecord): boolean {
  for (const key in dict) if (Object.hasOwn(dict, key)) return true;
  return false;
}

/** {@link strategySizer} within a scope made once for all the strategies of a file. */
function sizerIn(
  scope: SizerScope,
  strategy: JsonRecord,
  ways: SizersByWay | undefined,
  index: number,
): StrategySizerKind {
  // Keys Object.prototype lacks: a JSON object's property read is its own property.
  const block = strategy.position_sizing;
  // Sizers are looked up by the signal's strategy name; an empty name never matches.
  const named = truthy(strategy.name);
  if (!isDict(block)) {
    if (!truthy(block)) return scope.kinds['no-block'];
    if (!named) return scope.kinds['no-name'];
    return scope.kinds[scope.ignores ? 'block-ignored' : 'not-an-object'];
  }
  if (named && !scope.ignores)
    return ways === undefined ? mergedSizer(scope, block) : ways.sizerOf(scope, block, index);
  if (!nonEmpty(block)) return scope.kinds['no-block'];
  return scope.kinds[named ? 'block-ignored' : 'no-name'];
}

/** The sources of a strategy sizer whose block sets the keys in `mask`. */
function sourcesFor(scope: SizerScope, mask: number): Record<EngineParamKey, EngineSource> {
  const known = scope.sourcesByMask.get(mask);
  if (known !== undefined) return known;
  const made = {} as Record<EngineParamKey, EngineSource>;
  ENGINE_PARAM_KEYS.forEach((key, i) => {
    const set = (mask & (1 << i)) !== 0;
    made[key] = set
      ? 'strategy'
      : passedDown(scope.global, key)
        ? scope.global.sources[key]
        : 'default';
  });
  scope.sourcesByMask.set(mask, made);
  return made;
}

/**
 * The strategy sizer's `PositionSizingConfig`: the global values passed down, each key the block
 * sets over them — what `from_config_dict` makes of the merged dict, without building it.
 */
function mergedSizer(scope: SizerScope, block: JsonRecord): StrategySizerKind {
  const shared = scope.shared.start();
  let mask = 0;
  // The block's keys in file order (a JSON object inherits no enumerable key).
  for (const key in block) {
    const i = paramIndex(key);
    if (i === undefined) continue;
    mask |= 1 << i;
    // Kept for paramsOver: a fraction read again would be boxed again.
    const value = (BLOCK_VALUES[i] = block[key]);
    shared.step(i, value);
  }
  // `method` when truthy, else `position_sizing_method` — the block's, else the global method.
  const global = scope.global;
  const named = block.method;
  const namedTruthy = truthy(named);
  const fromBlock = namedTruthy || Object.hasOwn(block, 'position_sizing_method');
  const value = !fromBlock ? global.method : namedTruthy ? named : block.position_sizing_method;
  // `{}` (or a block of other keys only) is no block at all; the test is left to this rare case.
  if (mask === 0 && !fromBlock && !nonEmpty(block)) return scope.kinds['no-block'];
  // Blocks with the same values and method get the same sizer: share it.
  const known = shared.step(METHOD_SLOT, fromBlock ? value : GLOBAL_METHOD).get();
  if (known !== undefined) return known;
  const method = engineMethodOf(value);
  const config: EngineSizerConfig = {
    method: method ?? 'fixed_usd',
    methodValue: value,
    methodSource: fromBlock ? 'strategy' : global.methodSource,
    methodKnown: method !== undefined,
    params: mask === 0 ? scope.inherited : paramsOver(scope.inheritedValues, mask, BLOCK_VALUES),
    sources: sourcesFor(scope, mask),
  };
  return shared.set({ sizer: 'strategy', config });
}

const METHOD_SLOT = ENGINE_PARAM_KEYS.length;
/** mergedSizer's values of the block's keys, by key index: one array, refilled for each block. */
const BLOCK_VALUES = tagged(ENGINE_PARAM_KEYS);
const GLOBAL_METHOD = Symbol('the global method');
