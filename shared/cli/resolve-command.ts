import type { StrategyErrorIndex } from '../analyze.ts';
import { indexStrategyErrors } from '../analyze.ts';
import type { DiagnosticCode } from '../diagnostics/diagnostic.ts';
import type { EngineModel } from '../engine/engine-model.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { CanonicalKey, Method } from '../sizing-keys.ts';
import { CANONICAL_KEYS, LIMIT_KEYS, SIZING_KEYS, USED_BY_METHOD } from '../sizing-keys.ts';
import { formatFraction, formatUnits, formatUsd } from '../format/money.ts';
import type { Style } from './ansi-colour.ts';
import type { ExitCode } from './cli-io.ts';
import type { CommandContext } from './command-context.ts';
import { configExit, reportErrors } from './command-context.ts';
import type { Cell } from './table.ts';
import { renderTable } from './table.ts';
import { jsonDocument, printable } from './terminal-text.ts';

/** One strategy in SPEC §6's `resolve --json` shape. */
export interface ResolvedJson {
  readonly name: string;
  readonly effective: Partial<Record<CanonicalKey, unknown>>;
  readonly sources: Partial<Record<CanonicalKey, string>>;
  readonly errors: DiagnosticCode[];
  /** SPEC §6: the sizer the engine uses and the twelve values it holds; null without a model. */
  readonly engine: {
    readonly sizer: 'strategy' | 'global';
    readonly method: string;
    readonly params: Readonly<Record<string, unknown>>;
  } | null;
}

/** The effective value as the trader means it: a known method in its canonical spelling. */
function effectiveValue(s: ResolvedStrategy, key: CanonicalKey): unknown {
  return key === 'method' && s.sizing.method !== undefined ? s.sizing.method : s.sizing.values[key];
}

/** Effective sizing, sources and error codes of one strategy, keys in canonical order. */
export function resolvedJson(
  s: ResolvedStrategy,
  errors: StrategyErrorIndex,
  engine: EngineModel | undefined,
): ResolvedJson {
  const effective: Partial<Record<CanonicalKey, unknown>> = {};
  const sources: Partial<Record<CanonicalKey, string>> = {};
  for (const key of CANONICAL_KEYS) {
    const source = s.sizing.sources[key];
    if (source === undefined) continue;
    effective[key] = effectiveValue(s, key);
    sources[key] = source;
  }
  const es = engine?.strategies[s.index];
  return {
    name: s.name,
    effective,
    sources,
    errors: [...new Set(errors.all(s))],
    engine:
      es === undefined
        ? null
        : {
            sizer: es.sizer.sizer,
            method: es.sizer.config.method,
            params: { ...es.sizer.config.params },
          },
  };
}

/** A sizing value in its unit (`$1,000.00`, `2 %`); a value of the wrong type as written. */
export function formatSizingValue(key: CanonicalKey, value: unknown): string {
  if (key === 'method' && typeof value === 'string') return value;
  // Quoted, so "1000" (a string the engine rejects) does not pass for the number 1000.
  if (typeof value !== 'number') return JSON.stringify(value) ?? String(value);
  switch (SIZING_KEYS[key].unit) {
    case 'usd':
      return formatUsd(value);
    case 'fraction':
      return formatFraction(value);
    default:
      return formatUnits(value);
  }
}

const SOURCE_STYLE: Record<string, Style | undefined> = { strategy: 'cyan', default: 'dim' };

/** Keys a method reads: its own, the limits, and the stop distance every method risks. */
function usedBy(method: Method): ReadonlySet<CanonicalKey> {
  return new Set<CanonicalKey>([
    'method',
    ...USED_BY_METHOD[method],
    ...LIMIT_KEYS,
    'default_stop_loss_pct',
  ]);
}

function sizingRows(s: ResolvedStrategy): Cell[][] {
  const used = s.sizing.method === undefined ? undefined : usedBy(s.sizing.method);
  const rows: Cell[][] = [];
  for (const key of CANONICAL_KEYS) {
    const source = s.sizing.sources[key];
    if (source === undefined) continue;
    const unused = used !== undefined && !used.has(key);
    // A built-in default the method never reads (Kelly's cap on a fixed_usd strategy) is noise.
    if (unused && source === 'default') continue;
    rows.push([
      key,
      formatSizingValue(key, effectiveValue(s, key)),
      { text: source, style: SOURCE_STYLE[source] },
      { text: unused ? `not used by ${s.sizing.method}` : '', style: 'dim' },
    ]);
  }
  const stop = s.stop;
  const stopNote = stop.key === null ? 'built-in' : `from ${stop.key}`;
  rows.push([
    'stop distance',
    stop.fraction === undefined ? 'invalid' : formatFraction(stop.fraction),
    { text: stop.source, style: SOURCE_STYLE[stop.source] },
    { text: stopNote, style: 'dim' },
  ]);
  return rows;
}

function strategyBlock(
  ctx: CommandContext,
  s: ResolvedStrategy,
  errors: DiagnosticCode[],
): string[] {
  const { paint } = ctx;
  const details = [s.market ?? 'no market', ...(s.enabled ? [] : ['disabled'])].join(', ');
  const title = `${paint('bold', printable(s.name))}  ${paint('dim', `(${printable(details)})`)}`;
  const columns = [
    { header: 'Key' },
    { header: 'Effective' },
    { header: 'Source' },
    { header: '' },
  ];
  const lines = [title, ...renderTable(columns, sizingRows(s), { paint, indent: 2 })];
  if (errors.length > 0) lines.push(`  ${paint('red', 'errors:')} ${errors.join(', ')}`);
  return lines;
}

/** `resolve FILE [--json]`: each strategy's effective position sizing and where each value comes from. */
export function runResolve(ctx: CommandContext, json: boolean): ExitCode {
  const index = indexStrategyErrors(ctx.analysis);
  const strategies = ctx.analysis.strategies.map((s) =>
    resolvedJson(s, index, ctx.analysis.engine),
  );
  if (json) {
    ctx.io.stdout(jsonDocument({ strategies }));
  } else if (ctx.analysis.config !== undefined) {
    const blocks = ctx.analysis.strategies.map((s, i) =>
      strategyBlock(ctx, s, strategies[i]?.errors ?? []).join('\n'),
    );
    ctx.io.stdout(
      blocks.length > 0 ? `${blocks.join('\n\n')}\n` : 'No strategies in the config.\n',
    );
  }
  reportErrors(ctx);
  return configExit(ctx.analysis);
}
