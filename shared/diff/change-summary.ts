import { formatUsd } from '../format/money.ts';
import type { SideSizes, SizingDiff, StrategyChange, ValueChange } from './sizing-diff.ts';

function size(side: SideSizes | null): string {
  const usd = side?.engine_usd ?? null;
  return usd === null ? '—' : formatUsd(usd);
}

/** One strategy's change in a few words: `eth_risk $2,000.00 → $3,000.00`, `sol added`. */
function strategyChangeText(s: StrategyChange): string {
  if (s.status === 'added' || s.status === 'removed') return `${s.name} ${s.status}`;
  if (
    s.sizes !== null &&
    (s.sizes.before?.engine_usd ?? null) !== (s.sizes.after?.engine_usd ?? null)
  )
    return `${s.name} ${size(s.sizes.before)} → ${size(s.sizes.after)}`;
  const keys = [...s.values, ...s.engine].map((v) => v.key);
  return `${s.name} (${[...new Set(keys)].join(', ')})`;
}

/**
 * What saving would do to the money, in one line: "Saving changes 2 strategies: eth_risk
 * $2,000.00 → $3,000.00, sol added" (engine sizes); "Saving changes no strategy's sizing" when none.
 */
export function changeSummary(diff: SizingDiff, verb = 'Saving'): string {
  const moved = diff.strategies.filter((s) => s.sizing_changed);
  if (moved.length === 0) return `${verb} changes no strategy’s sizing.`;
  const noun = moved.length === 1 ? 'strategy' : 'strategies';
  return `${verb} changes ${moved.length} ${noun}: ${moved.map(strategyChangeText).join(', ')}`;
}

function shown(v: unknown): string {
  return v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
}

/** One changed value with its sources: `risk_per_trade_pct: 0.02 (global) → 0.03 (strategy)`. */
export function valueChangeText(c: ValueChange): string {
  const from = c.source_before === null ? '' : ` (${c.source_before})`;
  const to = c.source_after === null ? '' : ` (${c.source_after})`;
  return `${c.key}: ${shown(c.before)}${from} → ${shown(c.after)}${to}`;
}
