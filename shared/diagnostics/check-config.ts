import type { EngineModel } from '../engine/engine-model.ts';
import type { SchemaIssue } from '../schema/validate.ts';
import type { ResolvedStrategy, StrategyResolution } from '../resolve/resolve-strategies.ts';
import { globalLayer } from '../resolve/resolve-strategies.ts';
import type { EffectiveSizing } from '../resolve/inheritance.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import { asRecord, own } from '../json-access.ts';
import { firstIndicesOfNames } from '../engine/name-set.ts';
import { TrialMap } from '../sharing-trial.ts';
import type { DraftDiagnostic } from './diagnostic.ts';
import type { EngineMemo } from './engine-checks.ts';
import { engineStrategyChecks } from './engine-checks.ts';
import { engineGlobalChecks } from './engine-global-checks.ts';
import { duplicateStrategies, literalSecrets, unknownIndicators } from './reference-checks.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import {
  aliasConflicts,
  blockPathOf,
  limitChecks,
  missingParameters,
  ownerLabel,
  riskBandChecks,
  unusedStrategyRisk,
} from './sizing-checks.ts';
import {
  holdsFractionAboveOne,
  suspiciousSizingUnits,
  suspiciousStrategyUnits,
} from './unit-checks.ts';

/**
 * Every SPEC §5 check that looks at the parsed value (not at the text), in one pass over the
 * strategies. Each kind of finding still comes out as a run of its own, in the order the
 * checks were once run one pass each: diagnostics at the same place keep that order.
 * `schemaIssues`: the config's schema issues when parsing found them already in its walk;
 * `names`: firstIndicesOfNames of the strategies' entries when the engine model's was shared.
 */
export function checkConfig(
  config: unknown,
  strategies: readonly ResolvedStrategy[],
  engine?: EngineModel,
  schemaIssues?: readonly SchemaIssue[],
  names?: Int32Array,
): DraftDiagnostic[] {
  const table =
    handedOver(names, strategies.length) ?? firstIndicesOfNames(strategies.map((s) => s.raw));
  const pass: StrategyPass = { count: strategies.length, at: (i) => strategies[i], names: table };
  return checkStrategies(config, pass, engine, schemaIssues);
}

/** {@link checkConfig} of strategies resolved compactly, read without making their rows. */
export function checkResolution(
  config: unknown,
  resolution: StrategyResolution,
  engine?: EngineModel,
  schemaIssues?: readonly SchemaIssue[],
  names?: Int32Array,
): DraftDiagnostic[] {
  const table = handedOver(names, resolution.length) ?? firstIndicesOfNames(resolution.entries);
  const pass: StrategyPass = { count: resolution.length, at: resolution.reader(), names: table };
  return checkStrategies(config, pass, engine, schemaIssues);
}

/** The name table handed over, unless it is another list's: then the names are hashed again. */
function handedOver(names: Int32Array | undefined, count: number): Int32Array | undefined {
  return names?.length === count ? names : undefined;
}

/** The strategies one pass of checks reads, and the first index of each one's name. */
interface StrategyPass {
  readonly count: number;
  /** The strategy at an index; the object it gives need not outlive the next call. */
  readonly at: (index: number) => ResolvedStrategy | undefined;
  readonly names: Int32Array;
}

function checkStrategies(
  config: unknown,
  strategies: StrategyPass,
  engine: EngineModel | undefined,
  schemaIssues: readonly SchemaIssue[] | undefined,
): DraftDiagnostic[] {
  const out = schemaDiagnostics(config, schemaIssues);
  const root = asRecord(config);
  if (root === undefined) return out;
  const global = globalLayer(config);
  aliasConflicts(out, global, blockPathOf(undefined), ownerLabel(undefined));
  suspiciousSizingUnits(out, own(root, 'position_sizing'), undefined);
  const duplicates: DraftDiagnostic[] = [];
  const unknown: DraftDiagnostic[] = [];
  const engineFound: DraftDiagnostic[] = [];
  // Per call, not module-wide WeakMaps: in a file whose strategies share no sizing, an entry
  // per strategy in a weak table made every garbage collection of the analysis slower.
  const verdicts = new TrialMap<EffectiveSizing, SizingVerdict>();
  const repeatedName = duplicateStrategies(strategies.names);
  const unknownIndicator = unknownIndicators(config);
  // Indexed loops here and in append: a heap profile showed this for-of allocating per strategy.
  for (let i = 0; i < strategies.count; i++) {
    const s = strategies.at(i);
    if (s?.raw === undefined) continue; // not an object: the schema already says so
    const verdict = sizingChecks(out, s, global, verdicts);
    repeatedName(duplicates, s);
    unknownIndicator?.(unknown, s);
    if (engine !== undefined) engineStrategyChecks(engineFound, s, engine, verdict);
  }
  append(out, duplicates);
  append(out, unknown);
  append(out, literalSecrets(config));
  if (engine !== undefined) engineGlobalChecks(out, root, engine);
  append(out, engineFound);
  return out;
}

/**
 * What a strategy's effective sizing alone decides about its checks. Resolve shares one
 * EffectiveSizing among the strategies whose blocks hold the same values, so this is worked out
 * once per sizing object, and the strategies that share a quiet one skip those checks.
 */
interface SizingVerdict extends EngineMemo {
  /** missingParameters and limitChecks found nothing. */
  readonly limitsQuiet: boolean;
  /** suspiciousSizingUnits may find something in a block without alias conflicts. */
  readonly fractionAboveOne: boolean;
}

/** The sizing and unit checks of one strategy; the verdict kept for its sizing, if one is. */
function sizingChecks(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  global: SizingLayer,
  verdicts: TrialMap<EffectiveSizing, SizingVerdict>,
): SizingVerdict | undefined {
  let verdict = verdicts.get(s.sizing);
  const conflicts = s.layer.conflicts.length > 0;
  let fractionAboveOne: boolean;
  if (verdict?.limitsQuiet === true) {
    if (conflicts) aliasConflicts(out, s.layer, blockPathOf(s), ownerLabel(s));
    fractionAboveOne = verdict.fractionAboveOne;
  } else {
    const limitsQuiet = limitsAndConflicts(out, s, global, conflicts);
    fractionAboveOne = verdict?.fractionAboveOne ?? holdsFractionAboveOne(s.sizing);
    // Stored only while sharing pays: in a file sharing no sizing, no verdict per strategy.
    if (verdict === undefined && verdicts.storing)
      verdict = verdicts.set(s.sizing, {
        limitsQuiet,
        fractionAboveOne,
        quietConfig: undefined,
        quietSpelled: undefined,
      });
  }
  unusedStrategyRisk(out, s);
  riskBandChecks(out, s);
  // A key Object.prototype lacks: the read is the strategy's own block.
  if (conflicts || fractionAboveOne) suspiciousSizingUnits(out, s.raw?.position_sizing, s);
  suspiciousStrategyUnits(out, s);
  return verdict;
}

/**
 * missingParameters, aliasConflicts and limitChecks of one strategy, in that order; true when
 * missingParameters and limitChecks found nothing, which depends on s.sizing alone (their
 * paths and messages do not).
 */
function limitsAndConflicts(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  global: SizingLayer,
  conflicts: boolean,
): boolean {
  const start = out.length;
  missingParameters(out, s);
  const missing = out.length - start;
  if (conflicts) aliasConflicts(out, s.layer, blockPathOf(s), ownerLabel(s));
  const beforeLimits = out.length;
  limitChecks(out, s, global);
  return missing === 0 && out.length === beforeLimits;
}

function append(out: DraftDiagnostic[], found: readonly DraftDiagnostic[]): void {
  for (let i = 0; i < found.length; i++) out.push(found[i] as DraftDiagnostic);
}
