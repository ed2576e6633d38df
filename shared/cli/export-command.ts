import { exportConfig } from '../export/export-config.ts';
import type { ExitCode } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import type { CommandContext } from './command-context.ts';
import { painter } from './ansi-colour.ts';
import { diagnosticLines } from './diagnostic-lines.ts';
import { printable } from './terminal-text.ts';

/** Options of `export`, as read from the command line. */
export interface ExportArgs {
  readonly out: string;
  readonly expandInheritance: boolean;
  readonly force: boolean;
}

/** `export FILE --out PATH`: strict JSON written atomically, and only from a config without errors. */
export async function runExport(ctx: CommandContext, args: ExportArgs): Promise<ExitCode> {
  const io = ctx.io;
  const result = exportConfig(ctx.analysis, { expandInheritance: args.expandInheritance });
  if (!result.ok) {
    const lines = diagnosticLines(result.errors, painter(false));
    const untouched = `${printable(args.out)} was not touched.`;
    io.stderr([`spark-config: ${result.message} ${untouched}`, ...lines, ''].join('\n'));
    return EXIT.configErrors;
  }
  const backup = await guardSource(ctx, args);
  if (backup === false) return EXIT.usage;
  const written = await io.writeFileAtomic(args.out, result.text);
  if (!written.ok) {
    io.stderr(`spark-config: ${printable(written.message)}\n`);
    return EXIT.usage;
  }
  if (written.warning !== undefined) io.stderr(`spark-config: ${printable(written.warning)}\n`);
  const count = ctx.analysis.strategies.length;
  const what = `${count} ${count === 1 ? 'strategy' : 'strategies'}${args.expandInheritance ? ', inheritance expanded' : ''}`;
  const lines = [`Wrote strict JSON to ${ctx.paint('bold', printable(args.out))} (${what}).`];
  if (backup !== null) lines.push(`The file as it was is kept in ${printable(backup)}.`);
  const warnings = ctx.analysis.diagnostics.filter((d) => d.severity === 'warning').length;
  if (warnings > 0) {
    const remain = warnings === 1 ? 'warning remains' : 'warnings remain';
    lines.push(`${warnings} ${remain}; see spark-config check ${printable(ctx.file)}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/**
 * `--out` naming the source would replace a JSONC file by strict JSON, its comments lost: only
 * with `--force`, and after a backup. The backup's path, null when out is another file, or
 * false when the export must stop (the message is printed).
 */
async function guardSource(ctx: CommandContext, args: ExportArgs): Promise<string | null | false> {
  if (!(await ctx.io.sameFile(ctx.file, args.out))) return null;
  const out = printable(args.out);
  if (!args.force) {
    ctx.io.stderr(
      `spark-config: --out ${out} is the file being exported: its comments would be lost. ${out} was not touched; pass --force to replace it (a backup is kept).\n`,
    );
    return false;
  }
  const backup = await ctx.io.backUp(ctx.file);
  if (backup.ok) return backup.path;
  ctx.io.stderr(`spark-config: ${printable(backup.message)} ${out} was not touched.\n`);
  return false;
}
