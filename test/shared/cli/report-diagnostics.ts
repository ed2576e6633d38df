import type { Diagnostic, DiagnosticCode } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../../../shared/diagnostics/diagnostic.ts';

function diagnostic(
  code: DiagnosticCode,
  message: string,
  line: number,
  column: number,
): Diagnostic {
  const path = ['strategies', 0];
  return {
    code,
    severity: SEVERITY_OF[code],
    message,
    path,
    range: { offset: 0, length: 1 },
    start: { line, column },
  };
}

// Whichever code is an info today (the engine model retires engine-alias for its own).
const INFO_CODE = (Object.keys(SEVERITY_OF) as DiagnosticCode[]).find(
  (code) => SEVERITY_OF[code] === 'info',
) as DiagnosticCode;

/**
 * One diagnostic of each severity, written by hand so the report formats are tested apart
 * from the checks: the names carry every character a workflow command must escape.
 */
export const REPORTED: readonly Diagnostic[] = [
  diagnostic('min-above-max', 'Strategy "eth, 100% : swing": min above max.', 9, 53),
  diagnostic('no-max-limit', 'Strategy "a\r\nb" has no max_position_size_usd.', 12, 7),
  diagnostic(INFO_CODE, 'Key "fixed_usd_amount" is the engine spelling.', 3, 24),
];
