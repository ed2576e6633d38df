import type { EngineParamKey } from '../../../../shared/engine/engine-keys.ts';
import {
  CANONICAL_OF_ENGINE,
  ENGINE_READS,
  IGNORED_GUIDE_KEYS,
  engineMethodOf,
} from '../../../../shared/engine/engine-keys.ts';
import type { EngineModel } from '../../../../shared/engine/engine-model.ts';
import type { EngineSizerConfig, EngineSource } from '../../../../shared/engine/engine-sizer.ts';
import { ignoresStrategyBlocks, passedDown } from '../../../../shared/engine/engine-sizer.ts';
import { LIVE_STOP_LOSS_PCT } from '../../../../shared/engine/engine-size.ts';
import { isDict, truthy } from '../../../../shared/engine/python-values.ts';
import { formatUsd } from '../../../../shared/format/money.ts';
import type { JsonRecord } from '../../../../shared/json-access.ts';
import { asRecord, describeValue, has, own } from '../../../../shared/json-access.ts';
import { tidy } from '../../../../shared/numbers.ts';
import type { ResolvedStrategy } from '../../../../shared/resolve/resolve-strategies.ts';
import { METHOD_ALIASES } from '../../../../shared/sizing-keys.ts';
import type { DraftDiagnostic, JsonPath } from '../../../../shared/diagnostics/diagnostic.ts';
import { strategyAnchor } from './sizing-checks.ts';

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
function methodKeyOf(block: JsonRecord): string | undefined {
  if (truthy(own(block, 'method'))) return 'method';
  return has(block, 'position_sizing_method') ? 'position_sizing_method' : undefined;
}

function ignoredKeys(
  block: JsonRecord,
  blockPath: JsonPath,
  where: string,
  config: EngineSizerConfig,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const [guideKey, engineKey] of Object.entries(IGNORED_GUIDE_KEYS)) {
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
  return out;
}

function unknownMethod(block: JsonRecord, blockPath: JsonPath, where: string): DraftDiagnostic[] {
  const key = methodKeyOf(block);
  if (key === undefined) return [];
  const value = block[key];
  const engineName =
    typeof value === 'string' && Object.hasOwn(METHOD_ALIASES, value)
      ? METHOD_ALIASES[value]
      : undefined;
  if (engineMethodOf(value) !== undefined) return [];
  const instead =
    engineName === undefined ? '' : ` Write "${engineName}", the engine's name for it.`;
  return [
    {
      code: 'engine-unknown-method',
      message: `${where}: the engine does not know the method ${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)} and sizes as fixed_usd instead.${instead}`,
      path: [...blockPath, key],
      ...(engineName === undefined
        ? {}
        : {
            fix: {
              title: `Write method "${engineName}"`,
              actions: [
                { kind: 'set-value' as const, path: [...blockPath, key], value: engineName },
              ],
            },
          }),
    },
  ];
}

function notInherited(
  s: ResolvedStrategy,
  config: EngineSizerConfig,
  global: EngineSizerConfig,
  label: string,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const blockPath = ['strategies', s.index, 'position_sizing'];
  for (const key of ENGINE_READS[config.method]) {
    // A value passed down that is the engine's default is the global block's problem, not this.
    if (config.sources[key] !== 'default' || passedDown(global, key)) continue;
    const canonical = CANONICAL_OF_ENGINE[key];
    if (s.sizing.sources[canonical] !== 'global') continue;
    const inherited = s.sizing.values[canonical];
    out.push({
      code: 'engine-not-inherited',
      message: `${label} inherits ${canonical} ${shown(key, inherited)} from the global block, but the engine does not pass ${key} down to a strategy with its own position_sizing: it sizes with ${engineValue(config, key)}.`,
      path: strategyAnchor(s),
      setting: [...blockPath, canonical],
      fix: {
        title: `Set ${key} ${shown(key, inherited)} on the strategy`,
        actions: [{ kind: 'set-value', path: [...blockPath, key], value: inherited }],
      },
    });
  }
  return out;
}

/** How the guide's stop compares with the engine's 10 %, for the engine-fixed-stop message. */
function stopComparison(d: number | undefined): string {
  if (d === undefined) return '';
  if (d === 0.1) return ' (the guide uses 10 % too: the same sizes)';
  const way = d > 0.1 ? 'larger' : 'smaller';
  return ` (the guide uses ${tidy(d * 100)} %: the engine's positions are ${way} than the guide's)`;
}

function strategyChecks(s: ResolvedStrategy, model: EngineModel): DraftDiagnostic[] {
  const raw = s.raw;
  const es = model.strategies[s.index];
  if (raw === undefined || es === undefined) return [];
  const label = `Strategy "${s.name}"`;
  const out: DraftDiagnostic[] = [];
  const block = own(raw, 'position_sizing');
  const blockPath = ['strategies', s.index, 'position_sizing'];
  const config = es.sizer.config;
  if (isDict(block)) {
    out.push(...ignoredKeys(block, blockPath, label, config));
    if (es.sizer.sizer === 'strategy') out.push(...unknownMethod(block, blockPath, label));
  }
  if (es.sizer.sizer === 'strategy')
    out.push(...notInherited(s, config, model.global.config, label));
  if (config.method === 'risk_based') {
    const guideStop = stopComparison(s.stop.fraction);
    out.push({
      code: 'engine-fixed-stop',
      message: `${label} is sized risk_based: the engine sizes it with a ${LIVE_STOP_LOSS_PCT} % stop, whatever stop_loss_pct says${guideStop}.`,
      path: has(raw, 'stop_loss_pct')
        ? ['strategies', s.index, 'stop_loss_pct']
        : strategyAnchor(s),
      setting: ['strategies', s.index, 'stop_loss_pct'],
    });
  }
  for (const key of ['risk_adjustment', 'max_position_size_usd', 'max_position_size']) {
    if (!has(raw, key)) continue;
    out.push({
      code: 'engine-unused',
      message: `${label}: the engine ${key === 'risk_adjustment' ? 'does not implement risk_adjustment' : `validates ${key} on the strategy but never sizes with it (only position_sizing counts)`}.`,
      path: ['strategies', s.index, key],
      atKey: true,
    });
  }
  return out;
}

function globalChecks(root: JsonRecord, model: EngineModel): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const block = asRecord(own(root, 'position_sizing'));
  const config = model.global.config;
  const where = 'Global position_sizing';
  if (block !== undefined) {
    out.push(...ignoredKeys(block, ['position_sizing'], where, config));
    out.push(...unknownMethod(block, ['position_sizing'], where));
    const ignored = model.strategies.filter(
      (s) => s.sizer.sizer === 'global' && s.sizer.because === 'block-ignored',
    );
    const key = methodKeyOf(block);
    if (ignoresStrategyBlocks(config) && ignored.length > 0 && key !== undefined) {
      out.push({
        code: 'engine-block-ignored',
        message: `With the global method ${config.method}, the engine fails to build a sizer for any strategy and ignores every strategy's own position_sizing: ${ignored.length} ${ignored.length === 1 ? 'strategy is' : 'strategies are'} sized by the global block instead. Use fixed_usd or risk_based globally.`,
        path: ['position_sizing', key],
      });
    }
  }
  const cap = own(root, 'max_position_size_usd');
  if (truthy(cap)) {
    out.push({
      code: 'engine-root-cap',
      message: `The root max_position_size_usd (${typeof cap === 'number' ? formatUsd(cap) : describeValue(cap)}) caps every trade the engine makes, above any strategy's own maximum.`,
      path: ['max_position_size_usd'],
      atKey: true,
    });
  }
  return out;
}

/** SPEC §5's engine-* diagnostics: where the engine will not do what the file says. */
export function engineChecks(
  config: unknown,
  strategies: readonly ResolvedStrategy[],
  model: EngineModel,
): DraftDiagnostic[] {
  const root = asRecord(config);
  if (root === undefined) return [];
  const out: DraftDiagnostic[] = model.startCauses
    .filter((c) => c.shown !== false)
    .map((c) => ({
      code: 'engine-start',
      message: c.message,
      path: c.path,
      ...(c.atKey === true ? { atKey: true } : {}),
      ...(c.setting === undefined ? {} : { setting: c.setting }),
    }));
  out.push(...globalChecks(root, model));
  for (const s of strategies) out.push(...strategyChecks(s, model));
  return out;
}
