import type { EngineParamKey } from '../engine/engine-keys.ts';
import {
  CANONICAL_OF_ENGINE,
  ENGINE_READS,
  IGNORED_GUIDE_KEYS,
  engineMethodOf,
} from '../engine/engine-keys.ts';
import type { EngineModel } from '../engine/engine-model.ts';
import type { EngineSizerConfig, EngineSource } from '../engine/engine-sizer.ts';
import { passedDown } from '../engine/engine-sizer.ts';
import { LIVE_STOP_LOSS_PCT } from '../engine/engine-size.ts';
import { truthy } from '../engine/python-values.ts';
import { formatUsd } from '../format/money.ts';
import type { JsonRecord } from '../json-access.ts';
import { asRecord, describeValue, has, own } from '../json-access.ts';
import { tidy } from '../numbers.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import { METHOD_ALIASES } from '../sizing-keys.ts';
import type { DraftDiagnostic, JsonPath } from './diagnostic.ts';
import { blockPathOf, ownerLabel, strategyAnchor } from './sizing-checks.ts';

const SOURCE_WORDS: Readonly<Record<EngineSource, string>> = {
  strategy: 'set on the strategy',
  global: 'from the global block',
  root: 'from the file’s root keys',
  default: 'its default',
};

function shown(key: EngineParamKey, value: unknown): string {
  const usd = key === 'fixed_usd_amount' || key.endsWith('_usd');
  return usd && typeof value === 'number' ? formatUsd(value) : describeValue(value);
}

/** "equity_percentage 0.05 (its default)": what the engine uses, and where it came from. */
function engineValue(config: EngineSizerConfig, key: EngineParamKey): string {
  return `${key} ${shown(key, config.params[key])} (${SOURCE_WORDS[config.sources[key]]})`;
}

/** The key the engine read the method from: `method` when truthy, else `position_sizing_method`. */
export function methodKeyOf(block: JsonRecord): string | undefined {
  if (truthy(own(block, 'method'))) return 'method';
  return has(block, 'position_sizing_method') ? 'position_sizing_method' : undefined;
}

const IGNORED = Object.entries(IGNORED_GUIDE_KEYS);

export function ignoredKeys(
  out: DraftDiagnostic[],
  block: JsonRecord,
  blockPath: JsonPath,
  where: string,
  config: EngineSizerConfig,
): void {
  for (const [guideKey, engineKey] of IGNORED) {
    if (!has(block, guideKey)) continue;
    const value = block[guideKey];
    const twin = has(block, engineKey);
    const fix = !twin
      ? {
          title: `Rename ${guideKey} to ${engineKey}`,
          actions: [{ kind: 'rename-key' as const, path: [...blockPath, guideKey], to: engineKey }],
        }
      : Object.is(block[engineKey], value)
        ? {
            title: `Remove ${guideKey} (${engineKey} holds the same value)`,
            actions: [{ kind: 'remove-key' as const, path: [...blockPath, guideKey] }],
          }
        : undefined;
    out.push({
      code: 'engine-ignored-key',
      message: `${where}: the engine never reads ${guideKey} (${describeValue(value)}); it uses ${engineValue(config, engineKey)} instead.`,
      path: [...blockPath, guideKey],
      atKey: true,
      ...(fix === undefined ? {} : { fix }),
    });
  }
}

/**
 * True when a strategy's block holds a guide key the engine never reads ({@link IGNORED_GUIDE_KEYS}):
 * the layer read from the block spells it the guide's way. Named reads of the layer's shared
 * `spelled` object, not a lookup per key in the block: this runs on every strategy. (A key added
 * to that table must be added here: the property test against the reference, whose blocks hold
 * every spelling, fails until it is.)
 */
function holdsIgnoredKey(layer: SizingLayer): boolean {
  const spelled = layer.spelled;
  return (
    spelled.fixed_amount_usd === 'fixed_amount_usd' || spelled.percent_equity === 'percent_equity'
  );
}

export function unknownMethod(
  out: DraftDiagnostic[],
  block: JsonRecord,
  owner: ResolvedStrategy | undefined,
): void {
  const key = methodKeyOf(block);
  if (key === undefined) return;
  const value = block[key];
  if (engineMethodOf(value) !== undefined) return;
  const engineName =
    typeof value === 'string' && Object.hasOwn(METHOD_ALIASES, value)
      ? METHOD_ALIASES[value]
      : undefined;
  const instead =
    engineName === undefined ? '' : ` Write "${engineName}", the engine's name for it.`;
  const blockPath = blockPathOf(owner);
  out.push({
    code: 'engine-unknown-method',
    message: `${ownerLabel(owner)}: the engine does not know the method ${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)} and sizes as fixed_usd instead.${instead}`,
    path: [...blockPath, key],
    ...(engineName === undefined
      ? {}
      : {
          fix: {
            title: `Write method "${engineName}"`,
            actions: [{ kind: 'set-value' as const, path: [...blockPath, key], value: engineName }],
          },
        }),
  });
}

/**
 * engine-not-inherited: the keys the method reads that the strategy's own sizer holds at the
 * engine's default, though the engine does not pass the global value down, where the guide
 * inherits the global one. Worked out per strategy, not cached per sizer config: a method reads
 * one to four keys, fewer reads than a lookup in a table, and a file whose strategies share no
 * config allocated a list per strategy.
 */
function notInherited(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  config: EngineSizerConfig,
  global: EngineSizerConfig,
): void {
  const reads = ENGINE_READS[config.method];
  // Indexed: a for-of allocated an iterator per strategy.
  for (let i = 0; i < reads.length; i++) {
    const key = reads[i] as EngineParamKey;
    // A value passed down that is the engine's default is the global block's problem, not this.
    if (config.sources[key] !== 'default' || passedDown(global, key)) continue;
    const canonical = CANONICAL_OF_ENGINE[key];
    if (s.sizing.sources[canonical] === 'global') out.push(notInheritedDraft(s, config, key));
  }
}

function notInheritedDraft(
  s: ResolvedStrategy,
  config: EngineSizerConfig,
  key: EngineParamKey,
): DraftDiagnostic {
  const canonical = CANONICAL_OF_ENGINE[key];
  const inherited = s.sizing.values[canonical];
  return {
    code: 'engine-not-inherited',
    message: `Strategy "${s.name}" inherits ${canonical} ${shown(key, inherited)} from the global block, but the engine does not pass ${key} down to a strategy with its own position_sizing: it sizes with ${engineValue(config, key)}.`,
    path: strategyAnchor(s),
    setting: ['strategies', s.index, 'position_sizing', canonical],
    fix: {
      title: `Set ${key} ${shown(key, inherited)} on the strategy`,
      actions: [
        {
          kind: 'set-value',
          path: ['strategies', s.index, 'position_sizing', key],
          value: inherited,
        },
      ],
    },
  };
}

/** How the guide's stop compares with the engine's 10 %, for the engine-fixed-stop message. */
function stopComparison(d: number | undefined): string {
  if (d === undefined) return '';
  if (d === 0.1) return ' (the guide uses 10 % too: the same sizes)';
  const way = d > 0.1 ? 'larger' : 'smaller';
  return ` (the guide uses ${tidy(d * 100)} %: the engine's positions are ${way} than the guide's)`;
}

/** The engine-fixed-stop message after the strategy's name, for the guide's stop `d`. */
function fixedStopText(d: number | undefined): string {
  // Thousands of risk_based strategies share a handful of stops: word each stop once.
  let text = STOP_TEXT.get(d);
  if (text === undefined) {
    text = ` is sized risk_based: the engine sizes it with a ${LIVE_STOP_LOSS_PCT} % stop, whatever stop_loss_pct says${stopComparison(d)}.`;
    if (STOP_TEXT.size >= 256) STOP_TEXT.clear();
    STOP_TEXT.set(d, text);
  }
  return text;
}

const STOP_TEXT = new Map<number | undefined, string>();

/**
 * What a caller keeps per effective sizing (strategies share one) for engineStrategyChecks, so
 * that the strategies sharing it skip what their shared objects already told.
 */
export interface EngineMemo {
  /** A strategy sizer config that, with this sizing, has nothing the engine fails to inherit. */
  quietConfig: EngineSizerConfig | undefined;
  /** A layer's `spelled` (one object per pattern of spellings) holding no ignored guide key. */
  quietSpelled: SizingLayer['spelled'] | undefined;
}

/**
 * {@link holdsIgnoredKey}, remembering in `memo` a `spelled` that holds none. Its reads are
 * slow ones (a `spelled` object's shape differs by pattern); a comparison with the last quiet
 * one is not.
 */
function holdsIgnoredKeyOnce(layer: SizingLayer, memo: EngineMemo | undefined): boolean {
  if (memo?.quietSpelled === layer.spelled) return false;
  const held = holdsIgnoredKey(layer);
  if (!held && memo !== undefined) memo.quietSpelled = layer.spelled;
  return held;
}

/**
 * {@link notInherited}, remembering in `memo` a config that found nothing: whether it finds
 * anything depends on the strategy's sizing and config alone (the messages do not).
 */
function notInheritedOnce(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  config: EngineSizerConfig,
  model: EngineModel,
  memo: EngineMemo | undefined,
): void {
  const before = out.length;
  notInherited(out, s, config, model.global.config);
  if (memo !== undefined && out.length === before) memo.quietConfig = config;
}

/**
 * The engine-* checks of one strategy, appended to `out`; `memo`, when given, is the one kept
 * for `s.sizing` by the calls for one model's strategies.
 */
export function engineStrategyChecks(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  model: EngineModel,
  memo?: EngineMemo,
): void {
  const raw = s.raw;
  const es = model.strategies[s.index];
  if (raw === undefined || es === undefined) return;
  const config = es.sizer.config;
  const ownSizer = es.sizer.sizer === 'strategy';
  const ignored = holdsIgnoredKeyOnce(s.layer, memo);
  // The strategy's own sizer read its method from the block: methodKnown says it is known.
  if (ignored || (ownSizer && !config.methodKnown))
    blockChecks(out, s, raw, config, { ignored, ownSizer });
  if (ownSizer && memo?.quietConfig !== config) notInheritedOnce(out, s, config, model, memo);
  if (config.method === 'risk_based') {
    const setting = ['strategies', s.index, 'stop_loss_pct'];
    const message = `${ownerLabel(s)}${fixedStopText(s.stop.fraction)}`;
    // Where the strategy writes its stop, the path is the setting: one list for both.
    out.push(
      new FixedStopDraft(
        message,
        raw.stop_loss_pct !== undefined ? setting : strategyAnchor(s),
        setting,
      ),
    );
  }
  // Named reads (keys Object.prototype lacks; a JSON object's own key never holds undefined):
  // one cheap inline cache each, where a read per key of a list is a slow generic lookup.
  if (
    raw.risk_adjustment !== undefined ||
    raw.max_position_size_usd !== undefined ||
    raw.max_position_size !== undefined
  )
    unusedOnStrategy(out, s, raw);
}

/**
 * The engine-fixed-stop draft, one per risk_based strategy: thousands in a large file. A class,
 * not an object literal: V8 allocates a literal's objects in the old generation once many of
 * them outlive a young collection, as drafts do until finalized, and there they died only in
 * a full collection (a millisecond of each 5 MB analysis).
 */
class FixedStopDraft implements DraftDiagnostic {
  readonly code: 'engine-fixed-stop';
  readonly message: string;
  readonly path: JsonPath;
  readonly setting: JsonPath;

  constructor(message: string, path: JsonPath, setting: JsonPath) {
    // Assigned in a literal's order: code, message, path, setting.
    this.code = 'engine-fixed-stop';
    this.message = message;
    this.path = path;
    this.setting = setting;
  }
}

/** The keys a strategy's block sets that the engine ignores, and a method it does not know. */
function blockChecks(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  raw: JsonRecord,
  config: EngineSizerConfig,
  found: { readonly ignored: boolean; readonly ownSizer: boolean },
): void {
  const block = asRecord(own(raw, 'position_sizing'));
  if (block === undefined) return;
  if (found.ignored) ignoredKeys(out, block, blockPathOf(s), ownerLabel(s), config);
  if (found.ownSizer) unknownMethod(out, block, s);
}

const UNUSED_ON_STRATEGY = ['risk_adjustment', 'max_position_size_usd', 'max_position_size'];

/** The keys on a strategy that the engine validates or knows of but never sizes with. */
function unusedOnStrategy(out: DraftDiagnostic[], s: ResolvedStrategy, raw: JsonRecord): void {
  for (const key of UNUSED_ON_STRATEGY) {
    if (!has(raw, key)) continue;
    out.push({
      code: 'engine-unused',
      message: `${ownerLabel(s)}: the engine ${key === 'risk_adjustment' ? 'does not implement risk_adjustment' : `validates ${key} on the strategy but never sizes with it (only position_sizing counts)`}.`,
      path: ['strategies', s.index, key],
      atKey: true,
    });
  }
}
