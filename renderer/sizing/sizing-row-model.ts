import type { EngineModel } from '../../shared/engine/engine-model.ts';
import { engineTraceAt } from '../../shared/engine/engine-preview.ts';
import { engineLimitsText } from '../../shared/engine/engine-limits-text.ts';
import {
  NOT_TRADED_SHORT,
  NOT_TRADED_TEXT,
  WHY_SHORT,
  whySentence,
} from '../../shared/engine/why-text.ts';
import { formatOptional, formatUnitsOf } from '../../shared/format/money.ts';
import type { Source } from '../../shared/resolve/inheritance.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { StrategyPreview } from '../../shared/sizing/preview.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { LIMIT_KEYS, SIZING_KEYS, USED_BY_METHOD } from '../../shared/sizing-keys.ts';
import { shownValue, sizingValueText } from '../form/value-text.ts';

/** One parameter cell as shown: value text, source, and whether the method reads it. */
export interface SizingCell {
  readonly key: CanonicalKey;
  readonly source: Source | undefined;
  readonly unused: boolean;
  readonly text: string;
}

/** One row of the positions table as text: equal rows need no re-render. */
export interface SizingRowModel {
  readonly index: number;
  readonly name: string;
  readonly market: string;
  readonly enabled: boolean;
  /** The method cell first, then one per parameter column. */
  readonly cells: readonly SizingCell[];
  /** What the engine trades (SPEC §7): the primary figures. */
  readonly engineUsd: string;
  readonly engineUnits: string;
  /** The loss if the strategy's stop is hit on what the engine trades. */
  readonly riskUsd: string;
  /** The limits that set the engine's size, in words. */
  readonly limits: string;
  /** The guide's size; shown beside the engine's where they differ. */
  readonly guideUsd: string;
  readonly diverges: boolean;
  /** Why they differ, in a few words, and as sentences for the tooltip. */
  readonly why: string;
  readonly whyTitle: string;
  /** Why the engine places no trade, in a few words and as a sentence; empty when it trades. */
  readonly notTraded: string;
  readonly notTradedTitle: string;
  /** The guide's error, else the strategy's error count, else `—`. */
  readonly errorText: string;
  readonly flagged: boolean;
}

function cellOf(s: ResolvedStrategy, key: CanonicalKey, used: readonly CanonicalKey[]): SizingCell {
  return {
    key,
    source: s.sizing.sources[key],
    unused: !(
      key === 'method' ||
      used.includes(key) ||
      (LIMIT_KEYS as readonly CanonicalKey[]).includes(key)
    ),
    text:
      key === 'method'
        ? shownValue(s.sizing.values.method)
        : sizingValueText(key, s.sizing.values[key]),
  };
}

/** What the engine model and the preview's inputs are, for naming the limits that hit. */
export interface EngineContext {
  readonly model: EngineModel | undefined;
  readonly equity: number;
  readonly strength: number;
}

function limitsOf(
  row: StrategyPreview | undefined,
  s: ResolvedStrategy,
  ctx: EngineContext | undefined,
): string {
  const model = ctx?.model;
  if (model === undefined || ctx === undefined || row === undefined) return '';
  const trace = engineTraceAt(model, s.index, ctx.equity, row.price, ctx.strength);
  const config = model.strategies[s.index]?.sizer.config;
  if (trace === undefined || config === undefined) return '';
  return engineLimitsText(trace, config, model.global.rootCap, ctx.equity);
}

function engineFigures(
  row: StrategyPreview | undefined,
  s: ResolvedStrategy,
  ctx: EngineContext | undefined,
) {
  const engine = row?.engine ?? null;
  const stop = s.stop.fraction;
  const risk = engine?.size_usd == null || stop === undefined ? null : engine.size_usd * stop;
  return {
    engineUsd: formatOptional(engine?.size_usd ?? null),
    engineUnits: engine?.size_units == null ? '—' : formatUnitsOf(engine.size_units, s.market),
    riskUsd: formatOptional(risk),
    limits: limitsOf(row, s, ctx),
    diverges: (engine?.why.length ?? 0) > 0,
    why: engine === null ? '' : engine.why.map((c) => WHY_SHORT[c]).join(', '),
    whyTitle:
      engine === null || engine.why.length === 0 ? '' : `The engine ${whySentence(engine.why)}.`,
    notTraded: engine?.not_traded == null ? '' : NOT_TRADED_SHORT[engine.not_traded],
    notTradedTitle: engine?.not_traded == null ? '' : NOT_TRADED_TEXT[engine.not_traded],
  };
}

/** The row of one strategy: what the engine trades, the guide's figure, then its parameters. */
export function sizingRowModel(
  s: ResolvedStrategy,
  keys: readonly CanonicalKey[],
  row: StrategyPreview | undefined,
  errors: number,
  engine?: EngineContext,
): SizingRowModel {
  const used: readonly CanonicalKey[] =
    s.sizing.method === undefined ? [] : USED_BY_METHOD[s.sizing.method];
  const error = row?.error ?? null;
  return {
    index: s.index,
    name: s.name,
    market: s.market ?? '—',
    enabled: s.enabled,
    cells: keys.map((key) => cellOf(s, key, used)),
    ...engineFigures(row, s, engine),
    guideUsd: formatOptional(row?.size_usd ?? null),
    errorText: error ?? (errors > 0 ? `${errors}` : '—'),
    flagged: error !== null || errors > 0,
  };
}

/** A cell's tooltip: where its value comes from. */
export function sourceTitle(key: CanonicalKey, source: Source | undefined): string {
  if (source === undefined) return 'not set';
  const from =
    source === 'strategy'
      ? 'set on this strategy'
      : source === 'global'
        ? 'from global'
        : 'built-in default';
  return `${SIZING_KEYS[key].label}: ${from}`;
}

function sameCell(a: SizingCell, b: SizingCell): boolean {
  return a.key === b.key && a.source === b.source && a.unused === b.unused && a.text === b.text;
}

const TEXT_FIELDS = [
  'index',
  'name',
  'market',
  'enabled',
  'engineUsd',
  'engineUnits',
  'riskUsd',
  'limits',
  'guideUsd',
  'diverges',
  'notTradedTitle',
  'why',
  'whyTitle',
  'notTraded',
  'errorText',
  'flagged',
] as const satisfies readonly (keyof SizingRowModel)[];

/** True when two rows show exactly the same thing. */
export function sameRow(a: SizingRowModel, b: SizingRowModel): boolean {
  return (
    TEXT_FIELDS.every((f) => a[f] === b[f]) &&
    a.cells.length === b.cells.length &&
    a.cells.every((c, i) => sameCell(c, b.cells[i] as SizingCell))
  );
}

/**
 * The parameter columns worth a glance: read by some strategy's method (its parameters and the
 * limits), and not the same value from the same source in every row. The others fold away
 * behind "All parameters".
 */
export function foldedKeys(
  strategies: readonly ResolvedStrategy[],
  keys: readonly CanonicalKey[],
): ReadonlySet<CanonicalKey> {
  const folded = new Set<CanonicalKey>();
  for (const key of keys) {
    if (key === 'method') continue;
    let read = false;
    let first: string | undefined;
    let varies = false;
    for (const s of strategies) {
      const method = s.sizing.method;
      if (
        method !== undefined &&
        (USED_BY_METHOD[method].includes(key) ||
          (LIMIT_KEYS as readonly CanonicalKey[]).includes(key))
      )
        read = true;
      const shown = `${s.sizing.sources[key] ?? ''}\u0000${shownValue(s.sizing.values[key])}`;
      if (first === undefined) first = shown;
      else if (shown !== first) varies = true;
      if (read && varies) break;
    }
    if (!read || (!varies && strategies.length > 1)) folded.add(key);
  }
  return folded;
}
