import { analyzeBytes } from '../analyze.ts';
import { colourEnabled, painter } from './ansi-colour.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import type { CommandContext } from './command-context.ts';
import { runCheck } from './check-command.ts';
import { runExport } from './export-command.ts';
import { parseArgs } from './parse-args.ts';
import { runPreview } from './preview-command.ts';
import { runResolve } from './resolve-command.ts';
import { runSchema } from './schema-command.ts';
import { printable } from './terminal-text.ts';
import { HELP, usageError } from './usage.ts';

/**
 * `spark-config <command> <file> [options]` (SPEC §6): runs one command and returns its exit
 * code — 0 ok, 1 the config has errors, 2 usage error or unreadable file.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(usageError(printable(parsed.message)));
    return EXIT.usage;
  }
  const invocation = parsed.invocation;
  if (invocation.command === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (invocation.command === 'schema') return runSchema(io);
  const read = await io.readFile(invocation.file);
  if (!read.ok) {
    io.stderr(`spark-config: ${printable(read.message)}\n`);
    return EXIT.usage;
  }
  const ctx: CommandContext = {
    io,
    paint: painter(colourEnabled(io)),
    file: invocation.file,
    analysis: analyzeBytes(read.bytes),
  };
  switch (invocation.command) {
    case 'check':
      return runCheck(ctx, invocation.format);
    case 'resolve':
      return runResolve(ctx, invocation.json);
    case 'preview':
      return runPreview(ctx, invocation.inputs, invocation.json);
    case 'export':
      return runExport(ctx, invocation);
  }
}
