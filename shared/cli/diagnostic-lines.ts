import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { countBySeverity } from '../diagnostics/diagnostic.ts';
import type { Paint, Style } from './ansi-colour.ts';
import { renderTable } from './table.ts';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** One aligned line per diagnostic: `  line:col  severity  code  message`. */
export function diagnosticLines(diagnostics: readonly Diagnostic[], paint: Paint): string[] {
  const rows = diagnostics.flatMap((d) => {
    const row = [
      `${d.start.line}:${d.start.column}`,
      { text: d.severity, style: SEVERITY_STYLE[d.severity] },
      { text: d.code, style: 'dim' as const },
      d.message,
    ];
    if (d.fix === undefined) return [row];
    const title = d.fix.title.charAt(0).toLowerCase() + d.fix.title.slice(1);
    return [row, ['', '', '', { text: `fix: ${title}`, style: 'green' as const }]];
  });
  const columns = [{ header: '' }, { header: '' }, { header: '' }, { header: '' }];
  return renderTable(columns, rows, { paint, indent: 2, headers: false });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 || noun === 'info' ? '' : 's'}`;
}

/** The closing line of `check`: valid or not, and how many of each severity. */
export function summaryLine(diagnostics: readonly Diagnostic[], paint: Paint): string {
  const c = countBySeverity(diagnostics);
  const counts = `${count(c.error, 'error')}, ${count(c.warning, 'warning')}, ${count(c.info, 'info')}`;
  if (c.error > 0) return `${paint('red', 'Not valid:')} ${counts}. Errors block export.`;
  if (diagnostics.length > 0) return `${paint('green', 'Valid:')} ${counts}.`;
  return `${paint('green', 'Valid:')} no problems found.`;
}
