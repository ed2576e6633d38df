import type { Analysis } from '../../shared/analyze.ts';
import type { Diagnostic, DiagnosticCode, JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import { asRecord } from '../../shared/json-access.ts';
import { canonicalKeyOf } from '../../shared/sizing-keys.ts';
import type { Selection } from '../state/ui-store.ts';
import { sizingFieldId, strategyFieldId } from './field-ids.ts';

/**
 * Where a problem is shown: a form field (with the navigator's selection that renders it), or
 * only the JSON view, at the problem's range (`selection` then keeps the form beside it in step).
 */
export type ProblemPlace =
  | { readonly kind: 'field'; readonly selection: Selection; readonly id: string }
  | { readonly kind: 'text'; readonly selection: Selection | null };

/** About the text itself, whatever the path: only the JSON view shows it. */
const TEXT_CODES: ReadonlySet<DiagnosticCode> = new Set([
  'syntax',
  'encoding',
  'not-strict-json',
  'bom',
  'duplicate-key',
]);

/** A strategy's own keys that StrategyGeneralFields renders as fields. */
const STRATEGY_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'market',
  'exchange',
  'timeframe',
  'indicators',
  'enabled',
  'stop_loss_pct',
  'take_profit_pct',
  'main_leverage',
  'hedge_leverage',
  'hedge_ratio',
]);

/** risk_adjustment's keys that RiskAdjustmentFields renders. */
const RISK_FIELDS: ReadonlySet<string> = new Set([
  'enabled',
  'performance_window',
  'min_risk_pct',
  'max_risk_pct',
]);

/** Where clicking a problem leads (SPEC §5 codes; docs/decisions.md lists each code's place). */
export function problemPlace(d: Diagnostic, analysis: Analysis): ProblemPlace {
  const path = d.setting ?? d.path;
  const [head, index] = path;
  if (head === 'strategies' && typeof index === 'number') {
    const selection = { kind: 'strategy', index } as const;
    if (analysis.strategies[index]?.raw === undefined) return { kind: 'text', selection: null };
    if (TEXT_CODES.has(d.code)) return { kind: 'text', selection };
    const id = strategyField(index, path.slice(2));
    return id === null ? { kind: 'text', selection } : { kind: 'field', selection, id };
  }
  if (typeof head !== 'string') return { kind: 'text', selection: null };
  const section: Selection =
    head === 'position_sizing' ? { kind: 'global' } : { kind: 'section', key: head };
  if (head === 'strategies' || asRecord(analysis.config) === undefined)
    return { kind: 'text', selection: null };
  const key = path[1];
  const canonical = typeof key === 'string' ? canonicalKeyOf(key) : undefined;
  if (
    TEXT_CODES.has(d.code) ||
    head !== 'position_sizing' ||
    path.length !== 2 ||
    canonical === undefined
  )
    return { kind: 'text', selection: section };
  return { kind: 'field', selection: section, id: sizingFieldId({ kind: 'global' }, canonical) };
}

/** The id of the field of strategy `index` that shows `rest` (the path after the strategy). */
function strategyField(index: number, rest: JsonPath): string | null {
  const [key, inner] = rest;
  if (typeof key !== 'string') return null;
  if (key === 'position_sizing') {
    const canonical = typeof inner === 'string' ? canonicalKeyOf(inner) : undefined;
    if (rest.length !== 2 || canonical === undefined) return null;
    return sizingFieldId({ kind: 'strategy', index }, canonical);
  }
  if (key === 'risk_adjustment') {
    if (rest.length === 1) return strategyFieldId(index, 'risk_adjustment.enabled');
    if (rest.length !== 2 || typeof inner !== 'string' || !RISK_FIELDS.has(inner)) return null;
    return strategyFieldId(index, `risk_adjustment.${inner}`);
  }
  if (!STRATEGY_FIELDS.has(key)) return null;
  // An indicator of the list (unknown-indicator) is shown by the list's field.
  return rest.length === 1 || key === 'indicators' ? strategyFieldId(index, key) : null;
}
