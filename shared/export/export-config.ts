import type { Analysis } from '../analyze.ts';
import { analyzeText, checkModels } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../diagnostics/diagnostic.ts';
import type { ResolvedStrategy, StrategyResolution } from '../resolve/resolve-strategies.ts';
import { resolveCompactly } from '../resolve/resolve-strategies.ts';
import { ignoresStrategyBlocks } from '../engine/engine-sizer.ts';
import { exportedText } from './exported-text.ts';

/** Options of `export`: SPEC §6 `--expand-inheritance`. */
export interface ExportOptions {
  readonly expandInheritance?: boolean;
}

/** The strict JSON to write, or why nothing may be written. */
export type ExportResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly errors: readonly Diagnostic[] };

function refusal(errors: readonly Diagnostic[]): ExportResult {
  const noun = errors.length === 1 ? 'error' : 'errors';
  return {
    ok: false,
    message: `The exported config would have ${errors.length} ${noun}; fix them before exporting.`,
    errors,
  };
}

const NOT_REPRODUCED: ExportResult = {
  ok: false,
  message: 'Export could not reproduce the config exactly, so nothing was written.',
  errors: [],
};

/**
 * Strict JSON for the engine, written only when the exported text itself has no errors (SPEC
 * §6). Where the source's analysis already decides it ({@link judgedBySource}) that is the
 * answer; otherwise the output is read back: the same value (or, expanded, the same effective
 * sizing) or nothing at all.
 */
export function exportConfig(analysis: Analysis, options: ExportOptions = {}): ExportResult {
  const own = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (analysis.config === undefined) return refusal(own);
  const expand = options.expandInheritance === true;
  const text = exportedText(analysis, expand);
  const known = judgedBySource(analysis, own, expand);
  if (known !== undefined) return known.length > 0 ? refusal(known) : { ok: true, text };
  const out = readBack(text);
  if (out === undefined) return NOT_REPRODUCED;
  const errors = expandedErrors(analysis, own, out);
  if (errors.length > 0) return refusal(errors);
  return sameSizing(analysis.strategies, out.resolution.rows())
    ? { ok: true, text }
    : NOT_REPRODUCED;
}

/**
 * The exported text's errors where the source's analysis proves them, else undefined.
 *
 * Strict: the source parsed without error, so outside its strings and comments it holds only
 * JSON tokens and spaces, tabs and line breaks (jsonc-parser's whitespace, the same as
 * `JSON.parse`'s, and what non-strict.ts steps over). The export removes only comments, trailing
 * commas and whitespace beside them: the output is the same tokens less those commas, which is
 * strict JSON of the same value (two values are never adjacent, so no removal joins two tokens).
 * Same value, same value-level diagnostics: the source's errors are the output's.
 *
 * Expanded, from a source without errors whose global method does not make the engine ignore
 * strategy blocks (then a block the expansion adds would be an engine-block-ignored error): the
 * global block keeps what the engine and the guide read from it (a guide-only key or alias there
 * would be an engine error), each strategy's new block holds its effective values in the
 * engine's spellings, all valid where the source had them, and leaves the engine nothing to
 * inherit; every other key is unchanged. So the output has no error, and the same effective
 * sizing. The property test in export-shortcut.test.ts holds this against a full analysis.
 */
function judgedBySource(
  analysis: Analysis,
  own: readonly Diagnostic[],
  expand: boolean,
): readonly Diagnostic[] | undefined {
  if (!expand) return own;
  const engine = analysis.engine;
  if (own.length > 0 || engine === undefined || ignoresStrategyBlocks(engine.global.config))
    return undefined;
  return [];
}

/** The expanded text read back once, with the native strict `JSON.parse` (as the engine reads it). */
interface ReadBack {
  readonly text: string;
  readonly value: unknown;
  readonly resolution: StrategyResolution;
}

function readBack(text: string): ReadBack | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  return { text, value, resolution: resolveCompactly(value) };
}

/**
 * The expanded text's errors (SPEC §6), each as the source's own diagnostic where one has the
 * same code and path (its line and column point into the edited file). The new value is checked,
 * and only when it has an error is the text analysed in full to place it.
 */
function expandedErrors(
  source: Analysis,
  own: readonly Diagnostic[],
  { text, value, resolution }: ReadBack,
): Diagnostic[] {
  const { found } = checkModels(value, resolution);
  const parseErrors = source.parsed.drafts.some((d) => SEVERITY_OF[d.code] === 'error');
  if (!parseErrors && !found.some((d) => SEVERITY_OF[d.code] === 'error')) return [];
  const bySource = new Map(own.map((d) => [`${d.code} ${JSON.stringify(d.path)}`, d]));
  return analyzeText(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => bySource.get(`${d.code} ${JSON.stringify(d.path)}`) ?? d);
}

/**
 * Every strategy has the same effective sizing after expansion. A full analysis of the output
 * finds nothing more: the config's checks look at the value (judged before), and the expansion
 * only writes effective values.
 */
function sameSizing(
  before: readonly ResolvedStrategy[],
  after: readonly ResolvedStrategy[],
): boolean {
  return effectiveSizing(before) === effectiveSizing(after);
}

function effectiveSizing(strategies: readonly ResolvedStrategy[]): string {
  return JSON.stringify(strategies.map((s) => [s.name, s.sizing.values, s.stop.fraction]));
}
