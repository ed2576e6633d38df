import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { printable } from './terminal-text.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped, as GitHub's own toolkit does. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A workflow command's property value: also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * One GitHub Actions workflow command per diagnostic, so each shows on the pull request's line:
 * `::error file=config.json,line=7,col=5,title=missing-parameter::Strategy …`.
 */
export function githubAnnotations(file: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const properties = [
      `file=${escapeProperty(file)}`,
      `line=${d.start.line}`,
      `col=${d.start.column}`,
      `title=${escapeProperty(d.code)}`,
    ];
    // printable first: a name from the config must not colour or rewrite the log.
    const fix = d.fix === undefined ? '' : ` Fix: ${d.fix.title} (spark-config fix).`;
    return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(printable(d.message + fix))}`;
  });
}
