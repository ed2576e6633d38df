import { formatUsd } from '../format/money.ts';
import type { SideSizes, SizingDiff, StrategyChange } from './sizing-diff.ts';

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
