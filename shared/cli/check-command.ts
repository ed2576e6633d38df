import type { ExitCode } from './cli-io.ts';
import { painter } from './ansi-colour.ts';
import type { CommandContext } from './command-context.ts';
import { configExit } from './command-context.ts';
import { diagnosticLines, summaryLine } from './diagnostic-lines.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { githubAnnotations } from './github-annotations.ts';
import { sarifReport } from './sarif-report.ts';
import { jsonDocument, printable } from './terminal-text.ts';

/** What `check --format` prints: for a person, a script, GitHub Actions or code scanning. */
export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** SPEC §6 `check --json`: validity and every diagnostic with its 1-based line and column. */
function checkJson(ctx: CommandContext): unknown {
  const diagnostics = ctx.analysis.diagnostics;
  return {
    valid: !hasErrors(diagnostics),
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      path: d.path,
      line: d.start.line,
      column: d.start.column,
    })),
  };
}

function checkText(ctx: CommandContext): string {
  const diagnostics = ctx.analysis.diagnostics;
  const lines = [ctx.paint('bold', printable(ctx.file))];
  if (diagnostics.length > 0) lines.push(...diagnosticLines(diagnostics, ctx.paint), '');
  lines.push(summaryLine(diagnostics, ctx.paint));
  return `${lines.join('\n')}\n`;
}

function checkGithub(ctx: CommandContext): string {
  const diagnostics = ctx.analysis.diagnostics;
  const summary = `${printable(ctx.file)}: ${summaryLine(diagnostics, painter(false))}`;
  return `${[...githubAnnotations(ctx.file, diagnostics), summary].join('\n')}\n`;
}

/** `check FILE [--format text|json|github|sarif]`: every diagnostic, and whether the config is valid. */
export function runCheck(ctx: CommandContext, format: CheckFormat): ExitCode {
  switch (format) {
    case 'text':
      ctx.io.stdout(checkText(ctx));
      break;
    case 'json':
      ctx.io.stdout(jsonDocument(checkJson(ctx)));
      break;
    case 'github':
      ctx.io.stdout(checkGithub(ctx));
      break;
    case 'sarif':
      ctx.io.stdout(jsonDocument(sarifReport(ctx.file, ctx.analysis.diagnostics, ctx.io.version)));
      break;
  }
  return configExit(ctx.analysis);
}
