import type { Analysis } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
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

/**
 * Strict JSON for the engine, only from a document without errors. The output is checked by
 * reading it back: the same value (or, expanded, the same effective sizing) or nothing at all.
 */
export function exportConfig(analysis: Analysis, options: ExportOptions = {}): ExportResult {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const noun = errors.length === 1 ? 'error' : 'errors';
    return {
      ok: false,
      message: `The config has ${errors.length} ${noun}; fix them before exporting.`,
      errors,
    };
  }
  const expand = options.expandInheritance === true;
  const text = expand ? expandedStrictJson(analysis) : toStrictJson(analysis.text);
  if (!readsBackTheSame(analysis, text, expand)) {
    return {
      ok: false,
      message: 'Export could not reproduce the config exactly, so nothing was written.',
      errors: [],
    };
  }
  return { ok: true, text };
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
 * Reads the output back as the engine will, with the native strict `JSON.parse`: the same value
 * or, expanded, the same effective sizing for every strategy. A full analysis of the output
 * cost four times the export itself, and finds nothing more: the config had no errors, its
 * checks look at the value, and the expansion only writes each strategy's effective values.
 */
function readsBackTheSame(before: Analysis, text: string, expand: boolean): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return false;
  }
  if (!expand) return JSON.stringify(value) === JSON.stringify(before.config);
  return effectiveSizing(before.strategies) === effectiveSizing(resolveStrategies(value));
}

function effectiveSizing(strategies: readonly ResolvedStrategy[]): string {
  return JSON.stringify(strategies.map((s) => [s.name, s.sizing.values, s.stop.fraction]));
}
