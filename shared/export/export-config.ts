import type { Analysis } from '../analyze.ts';
import { analyzeText } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../diagnostics/diagnostic.ts';
import { checkConfig } from '../diagnostics/check-config.ts';
import { resolveEngine } from '../engine/engine-model.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import { resolveStrategies } from '../resolve/resolve-strategies.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { applyEdits } from '../edits/text-edit.ts';
import { expandInheritance, expansionEdits } from './expand-inheritance.ts';
import { strictEdits, toStrictJson } from './strict-json.ts';

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
 * The errors of the exported text (SPEC §6), each as the source's own diagnostic where one has
 * the same code and path (its line and column point into the edited file). Without expansion the
 * exported value is the source's, so are its errors; expanded, the new value is checked, and only
 * when it has an error is the text analysed in full to place it.
 */
function exportedErrors(source: Analysis, out: ReadBack): Diagnostic[] {
  const own = source.diagnostics.filter((d) => d.severity === 'error');
  if (out.strategies === undefined) return own;
  const { text, value, strategies } = out;
  const found = checkConfig(value, strategies, resolveEngine(value));
  const parseErrors = source.parsed.drafts.some((d) => SEVERITY_OF[d.code] === 'error');
  if (!parseErrors && !found.some((d) => SEVERITY_OF[d.code] === 'error')) return [];
  const bySource = new Map(own.map((d) => [`${d.code} ${JSON.stringify(d.path)}`, d]));
  return analyzeText(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => bySource.get(`${d.code} ${JSON.stringify(d.path)}`) ?? d);
}

/**
 * Strict JSON for the engine, written only when the exported text itself has no errors (SPEC
 * §6). The output is read back: the same value (or, expanded, the same effective sizing) or
 * nothing at all.
 */
export function exportConfig(analysis: Analysis, options: ExportOptions = {}): ExportResult {
  if (analysis.config === undefined)
    return refusal(analysis.diagnostics.filter((d) => d.severity === 'error'));
  const expand = options.expandInheritance === true;
  const text = expand ? expandedStrictJson(analysis) : toStrictJson(analysis.text);
  const out = readBack(text, expand);
  if (out === undefined) return NOT_REPRODUCED;
  const errors = exportedErrors(analysis, out);
  if (errors.length > 0) return refusal(errors);
  return readsBackTheSame(analysis, out) ? { ok: true, text } : NOT_REPRODUCED;
}

/** The exported text read back once, with the native strict `JSON.parse` (as the engine reads it). */
interface ReadBack {
  readonly text: string;
  readonly value: unknown;
  /** Resolved when the export expanded inheritance (its value is then new), else undefined. */
  readonly strategies: readonly ResolvedStrategy[] | undefined;
}

function readBack(text: string, expand: boolean): ReadBack | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  return { text, value, strategies: expand ? resolveStrategies(value) : undefined };
}

/**
 * Expands and strips in one pass over the text: the removals of comments and commas that lie in
 * a block the expansion replaces are dropped, the others applied with the new blocks. Where a
 * removal straddles a new block's edge (no layout found one so far), expands first, then strips.
 */
function expandedStrictJson(analysis: Analysis): string {
  const blocks = expansionEdits(analysis);
  const removals = strictEdits(analysis.text);
  const kept: TextEdit[] = [];
  let b = 0;
  for (const r of removals) {
    while (b < blocks.length && end(blocks[b] as TextEdit) <= r.offset) b++;
    const block = blocks[b];
    const inside =
      block !== undefined && block.length > 0 && r.offset >= block.offset && end(r) <= end(block);
    const clear =
      block === undefined ||
      end(r) <= block.offset ||
      (block.length === 0 && r.offset >= block.offset);
    if (inside) continue;
    if (!clear) return toStrictJson(expandInheritance(analysis));
    kept.push(r);
  }
  // Removals first: at one offset, the later-given edit (a new block) is applied first.
  return applyEdits(analysis.text, [...kept, ...blocks]);
}

function end(edit: TextEdit): number {
  return edit.offset + edit.length;
}

/**
 * The output holds the same value or, expanded, the same effective sizing for every strategy.
 * A full analysis of the output cost four times the export itself, and finds nothing more: the
 * config's checks look at the value (judged before), and the expansion only writes effective values.
 */
function readsBackTheSame(before: Analysis, out: ReadBack): boolean {
  if (out.strategies === undefined)
    return JSON.stringify(out.value) === JSON.stringify(before.config);
  return effectiveSizing(before.strategies) === effectiveSizing(out.strategies);
}

function effectiveSizing(strategies: readonly ResolvedStrategy[]): string {
  return JSON.stringify(strategies.map((s) => [s.name, s.sizing.values, s.stop.fraction]));
}
