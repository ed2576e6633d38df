import type { ExitCode } from './cli-io.ts';
import type { CommandContext } from './command-context.ts';
import { configExit } from './command-context.ts';
import { diagnosticLines, summaryLine } from './diagnostic-lines.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { jsonDocument, printable } from './terminal-text.ts';

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

/** `check FILE [--json]`: every diagnostic, then whether the config is valid. */
export function runCheck(ctx: CommandContext, json: boolean): ExitCode {
  if (json) {
    ctx.io.stdout(jsonDocument(checkJson(ctx)));
    return configExit(ctx.analysis);
  }
  const diagnostics = ctx.analysis.diagnostics;
  const lines = [ctx.paint('bold', printable(ctx.file))];
  if (diagnostics.length > 0) lines.push(...diagnosticLines(diagnostics, ctx.paint), '');
  lines.push(summaryLine(diagnostics, ctx.paint));
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return configExit(ctx.analysis);
}
