import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.ts';
import type { FixAllResult } from '../edits/apply-fix.ts';
import { applyAllFixes } from '../edits/apply-fix.ts';
import { unifiedDiff } from '../diff/line-diff.ts';
import { painter } from './ansi-colour.ts';
import type { ExitCode } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import type { CommandContext } from './command-context.ts';
import { diagnosticLines } from './diagnostic-lines.ts';
import { printable } from './terminal-text.ts';

/** Options of `fix`, as read from the command line. */
export interface FixArgs {
  readonly write: boolean;
  /** Only fixes of these codes; every fix when empty. */
  readonly only: readonly DiagnosticCode[];
}

/** Saves the fixed text after a backup of the original; never when a fix is left unapplied. */
async function writeFixed(
  ctx: CommandContext,
  result: FixAllResult,
  left: readonly Diagnostic[],
): Promise<ExitCode> {
  const { analysis, io } = ctx;
  const say = (text: string): void => io.stderr(`spark-config: ${text}\n`);
  if (left.length > 0 || result.text === analysis.text) {
    say(
      `${left.length} of the fixes could not be applied, so ${printable(ctx.file)} was not touched:`,
    );
    io.stderr(`${diagnosticLines(left, painter(false)).join('\n')}\n`);
    return EXIT.configErrors;
  }
  const bom = analysis.bom ? '\uFEFF' : '';
  const saved = await io.backUp(ctx.file);
  if (!saved.ok) {
    say(
      `no backup could be written (${printable(saved.message)}), so ${printable(ctx.file)} was not touched.`,
    );
    return EXIT.usage;
  }
  const written = await io.writeFileAtomic(ctx.file, bom + result.text);
  if (!written.ok) {
    say(printable(written.message));
    return EXIT.usage;
  }
  const remaining = result.analysis.diagnostics.filter((d) => d.severity === 'error').length;
  io.stdout(
    `Applied ${result.applied} ${result.applied === 1 ? 'fix' : 'fixes'} to ${ctx.paint('bold', printable(ctx.file))} (backup: ${printable(saved.path)}).` +
      (remaining > 0
        ? ` ${remaining} ${remaining === 1 ? 'error remains' : 'errors remain'}.`
        : '') +
      '\n',
  );
  return EXIT.ok;
}

/**
 * `fix FILE [--write] [--only CODE…]`: applies the diagnostics' fixes through the shared edit API.
 * Without --write it prints a unified diff and exits 1 when there is something to fix; with
 * --write it saves atomically after a backup, and never when a fix could not be applied.
 */
export async function runFix(ctx: CommandContext, args: FixArgs): Promise<ExitCode> {
  const { analysis, io } = ctx;
  const say = (text: string): void => io.stderr(`spark-config: ${text}\n`);
  if (analysis.config === undefined) {
    say(`${printable(ctx.file)} cannot be read as JSON, so nothing can be fixed:`);
    io.stderr(`${diagnosticLines(analysis.diagnostics, painter(false)).join('\n')}\n`);
    return EXIT.configErrors;
  }
  const accept = (d: Diagnostic): boolean =>
    d.fix !== undefined && (args.only.length === 0 || args.only.includes(d.code));
  const wanted = analysis.diagnostics.filter(accept);
  if (wanted.length === 0) {
    io.stdout(`Nothing to fix in ${printable(ctx.file)}.\n`);
    return EXIT.ok;
  }
  const result = applyAllFixes(analysis.text, accept, analysis.bom);
  const left = result.analysis.diagnostics.filter(accept);
  if (!args.write) {
    io.stdout(unifiedDiff(analysis.text, result.text, ctx.file, `${ctx.file} (fixed)`));
    io.stderr(
      `spark-config: ${wanted.length} ${wanted.length === 1 ? 'fix' : 'fixes'} to apply; run with --write to save them.\n`,
    );
    if (left.length > 0) say(`${left.length} could not be applied.`);
    return EXIT.configErrors;
  }
  return writeFixed(ctx, result, left);
}
