import type { Analysis } from '../../shared/analyze.ts';
import { errorIndexOf } from '../analysis/error-index.ts';

/** Error and warning counts per strategy index (errors include inherited global ones). */
export interface StrategyCounts {
  readonly errors: number;
  readonly warnings: number;
}

const cache = new WeakMap<Analysis, StrategyCounts[]>();

/** Counts for every strategy, computed once per analysis. */
export function strategyCounts(analysis: Analysis): StrategyCounts[] {
  const cached = cache.get(analysis);
  if (cached !== undefined) return cached;
  const warnings = new Map<number, number>();
  for (const d of analysis.diagnostics) {
    if (d.severity !== 'warning' || d.path[0] !== 'strategies' || typeof d.path[1] !== 'number')
      continue;
    warnings.set(d.path[1], (warnings.get(d.path[1]) ?? 0) + 1);
  }
  const index = errorIndexOf(analysis);
  const counts = analysis.strategies.map((s) => ({
    errors: index.all(s).length,
    warnings: warnings.get(s.index) ?? 0,
  }));
  cache.set(analysis, counts);
  return counts;
}
