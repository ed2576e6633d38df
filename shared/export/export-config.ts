import type { Analysis } from '../analyze.ts';
import { analyzeText } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { expandInheritance } from './expand-inheritance.ts';
import { toStrictJson } from './strict-json.ts';

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
  const source = options.expandInheritance === true ? expandInheritance(analysis) : analysis.text;
  const text = toStrictJson(source);
  const check = analyzeText(text);
  const same =
    check.parsed.strict &&
    !check.diagnostics.some((d) => d.severity === 'error') &&
    (options.expandInheritance === true
      ? sameSizing(analysis, check)
      : JSON.stringify(check.config) === JSON.stringify(analysis.config));
  if (!same) {
    return {
      ok: false,
      message: 'Export could not reproduce the config exactly, so nothing was written.',
      errors: [],
    };
  }
  return { ok: true, text };
}

function sameSizing(before: Analysis, after: Analysis): boolean {
  const effective = (a: Analysis): string =>
    JSON.stringify(a.strategies.map((s) => [s.name, s.sizing.values, s.stop.fraction]));
  return effective(before) === effective(after);
}
