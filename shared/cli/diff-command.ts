import type { Analysis } from '../analyze.ts';
import type {
  DiagnosticNote,
  SideSizes,
  SizingDiff,
  StrategyChange,
  ValueChange,
} from '../diff/sizing-diff.ts';
import { sizingDiff } from '../diff/sizing-diff.ts';
import { valueChangeText } from '../diff/change-summary.ts';
import { formatOptional } from '../format/money.ts';
import type { PreviewInputs } from '../sizing/preview.ts';
import type { CliIo, ExitCode } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import type { Paint } from './ansi-colour.ts';
import { jsonDocument, printable } from './terminal-text.ts';

/** One side of a diff: the name as typed (`-` for stdin) and its analysis. */
export interface DiffSide {
  readonly file: string;
  readonly analysis: Analysis;
}

function valueLine(c: ValueChange): string {
  return `    ${valueChangeText(c)}`;
}

function sizeLine(before: SideSizes | null, after: SideSizes | null): string[] {
  const pair = (x: number | null | undefined, y: number | null | undefined): string =>
    `${formatOptional(x ?? null)} → ${formatOptional(y ?? null)}`;
  return [
    `    engine size: ${pair(before?.engine_usd, after?.engine_usd)}`,
    `    guide size:  ${pair(before?.guide_usd, after?.guide_usd)}`,
  ];
}

function noteLines(sign: string, notes: readonly DiagnosticNote[]): string[] {
  return notes.map((n) => `    ${sign} ${n.severity} ${n.code}: ${printable(n.message)}`);
}

function strategyLines(s: StrategyChange, paint: Paint): string[] {
  const title = `${paint('bold', printable(s.name))} (${s.status})`;
  const lines = [title];
  for (const c of s.values) lines.push(valueLine(c));
  for (const c of s.engine) lines.push(valueLine({ ...c, key: `engine ${c.key}` }));
  if (s.sizes !== null) lines.push(...sizeLine(s.sizes.before, s.sizes.after));
  lines.push(...noteLines('+', s.appeared), ...noteLines('-', s.resolved));
  return lines;
}

function humanDiff(diff: SizingDiff, paint: Paint): string {
  const changed = diff.strategies.filter((s) => s.status !== 'unchanged');
  const blocks = changed.map((s) => strategyLines(s, paint).join('\n'));
  const file = [...noteLines('+', diff.appeared), ...noteLines('-', diff.resolved)];
  if (file.length > 0) blocks.push(['The file', ...file].join('\n'));
  const count = (status: StrategyChange['status']): number =>
    diff.strategies.filter((s) => s.status === status && s.sizing_changed).length;
  const moved = diff.strategies.filter((s) => s.sizing_changed).length;
  const summary = diff.sizing_changed
    ? `Sizing changed for ${moved} ${moved === 1 ? 'strategy' : 'strategies'}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed.`
    : 'No strategy’s sizing changed.';
  return `${[...blocks, summary].join('\n\n')}\n`;
}

/**
 * `diff OLD NEW [--equity E --price …] [--json]`: what a change does to each strategy's sizing.
 * Exit 0 when no strategy's sizing changed, 1 when any did (so CI can ask for a second reviewer).
 */
export function runDiff(
  io: CliIo,
  paint: Paint,
  before: DiffSide,
  after: DiffSide,
  inputs: PreviewInputs | undefined,
  json: boolean,
): ExitCode {
  for (const side of [before, after]) {
    if (side.analysis.config === undefined) {
      const first = side.analysis.diagnostics[0];
      const where =
        first === undefined ? '' : ` (${first.start.line}:${first.start.column} ${first.message})`;
      io.stderr(
        `spark-config: ${printable(side.file)} cannot be read as JSON${printable(where)}.\n`,
      );
      return EXIT.usage;
    }
  }
  const diff = sizingDiff(before.analysis, after.analysis, inputs);
  io.stdout(json ? jsonDocument(diff) : humanDiff(diff, paint));
  return diff.sizing_changed ? EXIT.configErrors : EXIT.ok;
}
