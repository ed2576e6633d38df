import type { Analysis } from '../analyze.ts';
import { indexStrategyErrors } from '../analyze.ts';
import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics/diagnostic.ts';
import { ENGINE_LIMIT_KEYS, ENGINE_PARAM_KEYS, ENGINE_READS } from '../engine/engine-keys.ts';
import { sameSize } from '../engine/engine-why.ts';
import type { Source } from '../resolve/inheritance.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { PreviewInputs, StrategyPreview } from '../sizing/preview.ts';
import { previewAll } from '../sizing/preview.ts';
import type { CanonicalKey } from '../sizing-keys.ts';
import { CANONICAL_KEYS, LIMIT_KEYS, USED_BY_METHOD } from '../sizing-keys.ts';

/** One effective value that changed, with where it came from before and after. */
export interface ValueChange {
  readonly key: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly source_before: Source | null;
  readonly source_after: Source | null;
}

/** A diagnostic as a diff lists it. */
export interface DiagnosticNote {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
}

/** The engine's and the guide's size of one side, at the diff's inputs. */
export interface SideSizes {
  readonly engine_usd: number | null;
  readonly guide_usd: number | null;
}

/** What a change does to one strategy. */
export interface StrategyChange {
  readonly name: string;
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Guide-model effective values (canonical keys, and the stop distance) that changed. */
  readonly values: readonly ValueChange[];
  /** The engine's values (its twelve keys, method and sizer) that changed. */
  readonly engine: readonly ValueChange[];
  /** Sizes before and after; null without inputs, a side null where the strategy is absent. */
  readonly sizes: { readonly before: SideSizes | null; readonly after: SideSizes | null } | null;
  readonly appeared: readonly DiagnosticNote[];
  readonly resolved: readonly DiagnosticNote[];
  /** True when its sizing changed: added, removed, a value, an engine value or a size. */
  readonly sizing_changed: boolean;
}

/** What a change to a config does to the money (SPEC §6-style JSON of `diff --json`). */
export interface SizingDiff {
  readonly strategies: readonly StrategyChange[];
  /** Diagnostics about the file rather than one strategy that appeared or went away. */
  readonly appeared: readonly DiagnosticNote[];
  readonly resolved: readonly DiagnosticNote[];
  readonly sizing_changed: boolean;
}

interface Side {
  readonly strategy: ResolvedStrategy;
  readonly analysis: Analysis;
  readonly preview: StrategyPreview | undefined;
}

function sides(analysis: Analysis, inputs: PreviewInputs | undefined): Map<string, Side> {
  const preview =
    inputs === undefined ? undefined : previewAll(analysis, indexStrategyErrors(analysis), inputs);
  const out = new Map<string, Side>();
  analysis.strategies.forEach((strategy, i) => {
    // A repeated name is a duplicate-strategy error; the first of them stands for the name.
    if (!out.has(strategy.name))
      out.set(strategy.name, { strategy, analysis, preview: preview?.strategies[i] });
  });
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Keys that size a strategy with its method: the method, its parameters and the limits. */
function readBy(s: ResolvedStrategy | undefined): readonly CanonicalKey[] {
  const method = s?.sizing.method;
  return method === undefined
    ? CANONICAL_KEYS
    : ['method', ...USED_BY_METHOD[method], ...LIMIT_KEYS];
}

function valueChanges(
  before: ResolvedStrategy | undefined,
  after: ResolvedStrategy | undefined,
): ValueChange[] {
  const out: ValueChange[] = [];
  const relevant = new Set([...readBy(before), ...readBy(after)]);
  for (const key of CANONICAL_KEYS) {
    if (!relevant.has(key)) continue;
    const a = before?.sizing.values[key];
    const b = after?.sizing.values[key];
    const sa = before?.sizing.sources[key] ?? null;
    const sb = after?.sizing.sources[key] ?? null;
    if (!same(a, b) || sa !== sb)
      out.push({ key, before: a ?? null, after: b ?? null, source_before: sa, source_after: sb });
  }
  const stopA = before?.stop;
  const stopB = after?.stop;
  if (stopA?.fraction !== stopB?.fraction || stopA?.source !== stopB?.source) {
    out.push({
      key: 'stop_distance',
      before: stopA?.fraction ?? null,
      after: stopB?.fraction ?? null,
      source_before: stopA?.source ?? null,
      source_after: stopB?.source ?? null,
    });
  }
  return out;
}

function engineChanges(before: Side | undefined, after: Side | undefined): ValueChange[] {
  const of = (side: Side | undefined) => side?.analysis.engine?.strategies[side.strategy.index];
  const a = of(before);
  const b = of(after);
  const out: ValueChange[] = [];
  const push = (key: string, x: unknown, y: unknown): void => {
    if (!same(x, y))
      out.push({
        key,
        before: x ?? null,
        after: y ?? null,
        source_before: null,
        source_after: null,
      });
  };
  push('sizer', a?.sizer.sizer, b?.sizer.sizer);
  push('method', a?.sizer.config.method, b?.sizer.config.method);
  const reads = (s: typeof a): readonly string[] =>
    s === undefined
      ? ENGINE_PARAM_KEYS
      : [...ENGINE_READS[s.sizer.config.method], ...ENGINE_LIMIT_KEYS];
  const relevant = new Set([...reads(a), ...reads(b)]);
  for (const key of ENGINE_PARAM_KEYS) {
    if (relevant.has(key)) push(key, a?.sizer.config.params[key], b?.sizer.config.params[key]);
  }
  return out;
}

function sizesOf(side: Side | undefined): SideSizes | null {
  if (side?.preview === undefined) return null;
  return { engine_usd: side.preview.engine?.size_usd ?? null, guide_usd: side.preview.size_usd };
}

function sizeMoved(a: SideSizes | null, b: SideSizes | null): boolean {
  const moved = (x: number | null | undefined, y: number | null | undefined): boolean =>
    x === y
      ? false
      : x === null || y === null || x === undefined || y === undefined || !sameSize(x, y);
  return moved(a?.engine_usd, b?.engine_usd) || moved(a?.guide_usd, b?.guide_usd);
}

function note(d: Diagnostic): DiagnosticNote {
  return { code: d.code, severity: d.severity, message: d.message };
}

function notesOf(analysis: Analysis, index: number | null): Map<string, DiagnosticNote> {
  const out = new Map<string, DiagnosticNote>();
  for (const d of analysis.diagnostics) {
    const at = d.path[0] === 'strategies' && typeof d.path[1] === 'number' ? d.path[1] : null;
    if (at === index) out.set(`${d.code}\u0000${d.message}`, note(d));
  }
  return out;
}

function compareNotes(
  before: Map<string, DiagnosticNote>,
  after: Map<string, DiagnosticNote>,
): { appeared: DiagnosticNote[]; resolved: DiagnosticNote[] } {
  return {
    appeared: [...after].filter(([k]) => !before.has(k)).map(([, n]) => n),
    resolved: [...before].filter(([k]) => !after.has(k)).map(([, n]) => n),
  };
}

const NO_NOTES = new Map<string, DiagnosticNote>();

/**
 * Per strategy (matched by name), what changed between two versions of a config: effective values
 * with their sources, the engine's values, both sizes at `inputs`, and diagnostics that appeared
 * or went away. A renamed strategy is one removed and one added.
 */
export function sizingDiff(before: Analysis, after: Analysis, inputs?: PreviewInputs): SizingDiff {
  const a = sides(before, inputs);
  const b = sides(after, inputs);
  const names = [...b.keys(), ...[...a.keys()].filter((n) => !b.has(n))];
  const strategies = names.map((name): StrategyChange => {
    const x = a.get(name);
    const y = b.get(name);
    const values = valueChanges(x?.strategy, y?.strategy);
    const engine = engineChanges(x, y);
    const sizes = inputs === undefined ? null : { before: sizesOf(x), after: sizesOf(y) };
    const notes = compareNotes(
      x === undefined ? NO_NOTES : notesOf(before, x.strategy.index),
      y === undefined ? NO_NOTES : notesOf(after, y.strategy.index),
    );
    const status = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
    const moved = sizes !== null && sizeMoved(sizes.before, sizes.after);
    const sizingChanged = status !== 'changed' || values.length > 0 || engine.length > 0 || moved;
    const shown =
      status === 'changed' && !sizingChanged && notes.appeared.length + notes.resolved.length === 0
        ? 'unchanged'
        : status;
    return { name, status: shown, values, engine, sizes, ...notes, sizing_changed: sizingChanged };
  });
  const file = compareNotes(notesOf(before, null), notesOf(after, null));
  return { strategies, ...file, sizing_changed: strategies.some((s) => s.sizing_changed) };
}
