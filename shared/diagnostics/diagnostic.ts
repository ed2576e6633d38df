import type { LineColumn, TextRange } from '../text-position.ts';
import type { Fix } from './fix.ts';

/** A JSON path: property names and array indices from the root. */
export type JsonPath = readonly (string | number)[];

export type Severity = 'error' | 'warning' | 'info';

/** SPEC §5: every diagnostic code and its severity. */
export const SEVERITY_OF = {
  syntax: 'error',
  encoding: 'error',
  'not-strict-json': 'warning',
  'duplicate-key': 'error',
  type: 'error',
  range: 'error',
  'unknown-method': 'error',
  'missing-parameter': 'error',
  'alias-conflict': 'error',
  'duplicate-strategy': 'error',
  'unknown-indicator': 'error',
  'min-above-max': 'error',
  'no-max-limit': 'warning',
  'always-capped': 'warning',
  'unused-strategy-risk': 'warning',
  'suspicious-unit': 'warning',
  'risk-band': 'warning',
  'literal-secret': 'warning',
  bom: 'warning',
  'engine-start': 'error',
  'engine-ignored-key': 'error',
  'engine-unknown-method': 'error',
  'engine-not-inherited': 'error',
  'engine-block-ignored': 'error',
  'engine-fixed-stop': 'warning',
  'engine-root-cap': 'warning',
  'engine-unused': 'info',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof SEVERITY_OF;

/** A finding about the document: data, rendered to text, markers or alerts by its consumer. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly path: JsonPath;
  readonly range: TextRange;
  /** 1-based start of `range`. */
  readonly start: LineColumn;
  /** See {@link DraftDiagnostic.setting}. */
  readonly setting?: JsonPath;
  /** A format-preserving change that resolves it, where the file can be fixed. */
  readonly fix?: Fix;
}

/** A diagnostic before its text range is known; the range is found from the path on demand. */
export interface DraftDiagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path: JsonPath;
  readonly range?: TextRange;
  /** Point at the property name rather than its value (the spelling, not the number, is at fault). */
  readonly atKey?: boolean;
  /**
   * The setting at fault when the text lacks it (a missing parameter, a strategy without an
   * exchange): where it would be. `path` then points at the value that should hold it.
   */
  readonly setting?: JsonPath;
  readonly fix?: Fix;
}

/** True when any diagnostic blocks export. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Counts by severity, for status chips and summaries. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
