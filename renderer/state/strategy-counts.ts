import type { Analysis } from '../../shared/analyze.ts';
import { errorIndexOf } from './error-index.ts';
import { perAnalysis } from './per-analysis.ts';

/** Error and warning counts per strategy index (errors include inherited global ones). */
export interface StrategyCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Counts for every strategy, computed once per analysis. */
export const strategyCounts = perAnalysis(countByStrategy);

function countByStrategy(analysis: Analysis): StrategyCounts[] {
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
  return counts;
}
