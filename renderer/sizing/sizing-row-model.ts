import type { Source } from '../../shared/resolve/inheritance.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { StrategyPreview } from '../../shared/sizing/preview.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { LIMIT_KEYS, SIZING_KEYS, USED_BY_METHOD } from '../../shared/sizing-keys.ts';
import { limitsText } from '../../shared/format/limit-labels.ts';
import { formatOptional, formatUnits, formatUnitsOf } from '../../shared/format/money.ts';
import { NOT_TRADED_TEXT, whySentence } from '../../shared/engine/why-text.ts';
import { shownValue, sizingValueText } from '../form/value-text.ts';

/** One parameter cell as shown: value text, source, and whether the method reads it. */
export interface SizingCell {
  readonly key: CanonicalKey;
  readonly source: Source | undefined;
  readonly unused: boolean;
  readonly text: string;
}

/** One row of the effective sizing table as text: equal rows need no re-render. */
export interface SizingRowModel {
  readonly index: number;
  readonly name: string;
  readonly enabled: boolean;
  readonly cells: readonly SizingCell[];
  /** The engine's size (SPEC §7), the primary figure. */
  readonly engineUsd: string;
  readonly engineUnits: string;
  /** Why the engine's size differs from the guide's; empty when they agree. */
  readonly engineWhy: string;
  /** Why the engine places no trade, or empty. */
  readonly notTraded: string;
  readonly sizeUsd: string;
  readonly sizeUnits: string;
  readonly riskUsd: string;
  readonly limits: string;
  /** The preview's error, else the strategy's error count, else `—`. */
  readonly errorText: string;
  readonly flagged: boolean;
}

/** The row of one strategy: its effective parameters for `keys`, then its preview. */
export function sizingRowModel(
  s: ResolvedStrategy,
  keys: readonly CanonicalKey[],
  row: StrategyPreview | undefined,
  errors: number,
): SizingRowModel {
  const method = s.sizing.method;
  const used: readonly CanonicalKey[] = method === undefined ? [] : USED_BY_METHOD[method];
  const cells = keys.map((key): SizingCell => ({
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
  }));
  const error = row?.error ?? null;
  const engine = row?.engine ?? null;
  return {
    engineUsd: formatOptional(engine?.size_usd),
    engineUnits:
      engine?.size_units === null || engine === null
        ? '—'
        : formatUnitsOf(engine.size_units, s.market),
    engineWhy: engine === null ? '' : whySentence(engine.why),
    notTraded: engine?.not_traded == null ? '' : NOT_TRADED_TEXT[engine.not_traded],
    index: s.index,
    name: s.name,
    enabled: s.enabled,
    cells,
    sizeUsd: formatOptional(row?.size_usd),
    sizeUnits: formatOptional(row?.size_units, formatUnits),
    riskUsd: formatOptional(row?.risk_usd),
    limits: limitsText(row?.limits_applied ?? []) || '—',
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

/** True when two rows show exactly the same thing. */
export function sameRow(a: SizingRowModel, b: SizingRowModel): boolean {
  return (
    a.index === b.index &&
    a.name === b.name &&
    a.enabled === b.enabled &&
    a.engineUsd === b.engineUsd &&
    a.engineUnits === b.engineUnits &&
    a.engineWhy === b.engineWhy &&
    a.notTraded === b.notTraded &&
    a.sizeUsd === b.sizeUsd &&
    a.sizeUnits === b.sizeUnits &&
    a.riskUsd === b.riskUsd &&
    a.limits === b.limits &&
    a.errorText === b.errorText &&
    a.flagged === b.flagged &&
    a.cells.length === b.cells.length &&
    a.cells.every((c, i) => sameCell(c, b.cells[i] as SizingCell))
  );
}
