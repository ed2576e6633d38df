import type { Analysis } from '../../shared/analyze.ts';
import { analyzeText } from '../../shared/analyze.ts';
import type { Diagnostic, DiagnosticCode } from '../../shared/diagnostics/diagnostic.ts';
import type { LineColumn } from '../../shared/text-position.ts';

/** Analyzes a config written as pretty-printed JSON (2-space indent, LF). */
export function analyzeConfig(config: unknown): Analysis {
  return analyzeText(JSON.stringify(config, null, 2));
}

/** The diagnostics of one code. */
export function withCode(analysis: Analysis, code: DiagnosticCode): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.code === code);
}

/** The codes present, in text order. */
export function codesOf(analysis: Analysis): DiagnosticCode[] {
  return analysis.diagnostics.map((d) => d.code);
}

/**
 * 1-based line and column of the `nth` occurrence of `needle`, computed independently of the
 * implementation (LF or CRLF line ends) — the oracle for diagnostic positions.
 */
export function lineColumnOf(text: string, needle: string, nth = 0): LineColumn {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const lines = text.slice(0, offset).split(/\r?\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
