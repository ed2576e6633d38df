import type { Analysis } from '../analyze.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import type { Paint } from './ansi-colour.ts';
import type { CliIo, ExitCode } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import { diagnosticLines } from './diagnostic-lines.ts';
import { painter } from './ansi-colour.ts';

/** What every command gets: the io, the painter for stdout, and the file read and analysed. */
export interface CommandContext {
  readonly io: CliIo;
  readonly paint: Paint;
  /** The path as the user typed it, for messages. */
  readonly file: string;
  readonly analysis: Analysis;
}

/** SPEC §6: exit 1 when the config has any error, else 0. */
export function configExit(analysis: Analysis): ExitCode {
  return hasErrors(analysis.diagnostics) ? EXIT.configErrors : EXIT.ok;
}

/** Lists the config's errors on stderr (uncoloured), for commands whose stdout is something else. */
export function reportErrors(ctx: CommandContext): void {
  const errors = ctx.analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const noun = errors.length === 1 ? 'error' : 'errors';
  const lines = diagnosticLines(errors, painter(false));
  ctx.io.stderr(`spark-config: ${ctx.file} has ${errors.length} ${noun}:\n${lines.join('\n')}\n`);
}
