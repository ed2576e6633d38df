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
 * SPEC §6: an error of the exported text is reported as the source's own diagnostic where the
 * source has it (so its line and column point into the file being edited).
 */
function exportErrors(source: Analysis, exported: Analysis): Diagnostic[] {
  const errors = exported.diagnostics.filter((d) => d.severity === 'error');
  const inSource = new Map(
    source.diagnostics.map((d) => [`${d.code} ${JSON.stringify(d.path)}`, d]),
  );
  return errors.map((d) => inSource.get(`${d.code} ${JSON.stringify(d.path)}`) ?? d);
}

function refusal(errors: readonly Diagnostic[]): ExportResult {
  const noun = errors.length === 1 ? 'error' : 'errors';
  return {
    ok: false,
    message: `The exported config would have ${errors.length} ${noun}; fix them before exporting.`,
    errors,
  };
}

/**
 * Strict JSON for the engine, written only when the exported text itself has no errors (SPEC §6).
 * The output is read back: the same value (or, expanded, the same effective sizing) or nothing.
 */
export function exportConfig(analysis: Analysis, options: ExportOptions = {}): ExportResult {
  if (analysis.config === undefined)
    return refusal(analysis.diagnostics.filter((d) => d.severity === 'error'));
  const source = options.expandInheritance === true ? expandInheritance(analysis) : analysis.text;
  const text = toStrictJson(source);
  const check = analyzeText(text);
  const errors = exportErrors(analysis, check);
  if (errors.length > 0) return refusal(errors);
  const same =
    check.parsed.strict &&
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
