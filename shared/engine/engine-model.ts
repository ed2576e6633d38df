import { asRecord, own } from '../json-access.ts';
import type { GlobalSizer, StrategySizerKind } from './engine-sizer.ts';
import { SizersByWay, globalSizer, sizerScope, strategySizer } from './engine-sizer.ts';
import type { StartCause } from './engine-start.ts';
import { startCauses } from './engine-start.ts';
import { isDict, truthy } from './python-values.ts';
import { TrialMap } from '../sharing-trial.ts';

/**
 * What the engine makes of one strategy: its sizer, and whether it runs at all. Strategies that
 * agree on both share one object (its position is its place in `strategies`).
 */
export interface EngineStrategy {
  readonly sizer: StrategySizerKind;
  /** Python truthiness of `enabled` (default true): `"enabled": 0` disables, `"false"` does not. */
  readonly enabled: boolean;
}

/** The engine's reading of a whole file (SPEC §7). */
export interface EngineModel {
  readonly global: GlobalSizer;
  /** One per entry of `strategies`, in order; entries that are not objects use the global sizer. */
  readonly strategies: readonly EngineStrategy[];
  /** Reasons the engine exits at start-up, each reported as `engine-start`. */
  readonly startCauses: readonly StartCause[];
  /** False when the engine would not start: then nothing trades. */
  readonly starts: boolean;
}

/** What a caller that has read the config already can hand over, so it is not worked out again. */
export interface EngineInputs {
  /** firstIndicesOfNames of the config's strategies list (analyzeText shares it with the guide). */
  readonly names?: Int32Array | undefined;
  /**
   * The way each strategy's block is written, as the guide model numbers them (BlockCache.of,
   * StrategyResolution.blockIds): blocks written alike are read once for both models.
   */
  readonly blockIds?: Int32Array | undefined;
}

/** Resolves the engine's sizers for a parsed config, as ENGINE.md §1–3 state. */
export function resolveEngine(config: unknown, inputs?: EngineInputs): EngineModel {
  const root = asRecord(config) ?? {};
  const global = globalSizer(root);
  const causes = isDict(config) ? startCauses(root, inputs?.names) : [];
  const list = own(root, 'strategies');
  const entries: readonly unknown[] = Array.isArray(list) ? list : [];
  const scope = sizerScope(global.config);
  const strategies = new Array<EngineStrategy>(entries.length);
  const shared = new SharedStrategies();
  const ids = inputs?.blockIds;
  const ways = ids?.length === entries.length ? new SizersByWay(ids) : undefined;
  let allDicts = true;
  for (let index = 0; index < entries.length; index++) {
    const raw = entries[index];
    if (!isDict(raw)) {
      allDicts = false;
      strategies[index] = shared.of(scope.kinds['no-block'], true);
      continue;
    }
    const flag = raw.enabled;
    // A JSON value is never undefined: only an absent key reads so, and then it runs.
    const enabled = flag === undefined ? !Object.hasOwn(raw, 'enabled') : truthy(flag);
    strategies[index] = shared.of(strategySizer(global.config, raw, scope, ways, index), enabled);
  }
  // A root that is not an object, or strategies that are not objects, crash the engine too; the
  // schema's type errors say so, so they add no engine-start diagnostic of their own.
  const malformed =
    !isDict(config) ||
    (truthy(list) && !Array.isArray(list)) ||
    !allDicts ||
    global.failure !== undefined;
  const allCauses = global.failure?.engineOnly === true ? [...causes, global.failure] : causes;
  return {
    global,
    strategies,
    startCauses: allCauses,
    starts: allCauses.length === 0 && !malformed,
  };
}

/**
 * One EngineStrategy per (sizer, enabled): sizers are already shared by block values (or by the
 * guide's ways of writing blocks), so 100,000 strategies hold a few dozen of these instead of
 * one object each.
 */
class SharedStrategies {
  private readonly bySizer = new TrialMap<StrategySizerKind, (EngineStrategy | undefined)[]>();

  of(sizer: StrategySizerKind, enabled: boolean): EngineStrategy {
    const known = this.bySizer.get(sizer);
    // Once sharing stopped paying, a sizer seen for the first time gets no pair to share.
    if (known === undefined && !this.bySizer.storing) return { sizer, enabled };
    const pair = known ?? this.bySizer.set(sizer, [undefined, undefined]);
    const slot = enabled ? 1 : 0;
    return (pair[slot] ??= { sizer, enabled });
  }
}
