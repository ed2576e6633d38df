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
  const written = await io.writeFileAtomic(args.out, result.text);
  if (!written.ok) {
    io.stderr(`spark-config: ${printable(written.message)}\n`);
    return EXIT.usage;
  }
  const count = ctx.analysis.strategies.length;
  const what = `${count} ${count === 1 ? 'strategy' : 'strategies'}${args.expandInheritance ? ', inheritance expanded' : ''}`;
  const lines = [`Wrote strict JSON to ${ctx.paint('bold', printable(args.out))} (${what}).`];
  const warnings = ctx.analysis.diagnostics.filter((d) => d.severity === 'warning').length;
  if (warnings > 0) {
    const remain = warnings === 1 ? 'warning remains' : 'warnings remain';
    lines.push(`${warnings} ${remain}; see spark-config check ${printable(ctx.file)}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
