import type { Analysis } from '../analyze.ts';
import { analyzeBytes } from '../analyze.ts';
import { runDiff } from './diff-command.ts';
import { runFix } from './fix-command.ts';
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

/** Reads and analyses one file (`-` is stdin where the io allows it); undefined when unreadable. */
async function readAnalysis(io: CliIo, file: string): Promise<Analysis | undefined> {
  const read = await io.readFile(file);
  if (read.ok) return analyzeBytes(read.bytes);
  io.stderr(`spark-config: ${printable(read.message)}\n`);
  return undefined;
}

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
  const analysis = await readAnalysis(io, invocation.file);
  if (analysis === undefined) return EXIT.usage;
  const paint = painter(colourEnabled(io));
  if (invocation.command === 'diff') {
    const after = await readAnalysis(io, invocation.newFile);
    if (after === undefined) return EXIT.usage;
    const before = { file: invocation.file, analysis };
    const next = { file: invocation.newFile, analysis: after };
    return runDiff(io, paint, before, next, invocation.inputs, invocation.json);
  }
  const ctx: CommandContext = { io, paint, file: invocation.file, analysis };
  switch (invocation.command) {
    case 'fix':
      return runFix(ctx, invocation);
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
