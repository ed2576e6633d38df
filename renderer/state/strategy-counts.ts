import type { Analysis } from '../../shared/analyze.ts';
import { SEVERITY_OF } from '../../shared/diagnostics/diagnostic.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { canonicalKeyOf } from '../../shared/sizing-keys.ts';
import { errorIndexOf } from './error-index.ts';
import { perAnalysis } from './per-analysis.ts';
import type { Problem } from './merge-problems.ts';
import { problemsOf } from './problems.ts';

/** Error and warning counts per strategy index (errors include inherited global ones). */
export interface StrategyCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Counts for every strategy, computed once per analysis; one mistake counts once, as in Problems. */
export const strategyCounts = perAnalysis(countByStrategy);

/** Errors the error index counts twice because two codes report one mistake, where they are. */
interface Repeats {
  readonly own: Map<number, number>;
  /** By inherited global key; `null` for the whole global block. */
  readonly global: Map<CanonicalKey | null, number>;
}

function repeatedErrors(problems: readonly Problem[]): Repeats {
  const repeats: Repeats = { own: new Map(), global: new Map() };
  for (const p of problems) {
    if (p.codes === undefined) continue;
    const errors = p.codes.filter((c) => SEVERITY_OF[c] === 'error').length;
    const extra = errors - (p.severity === 'error' ? 1 : 0);
    const [head, second] = p.path;
    if (extra <= 0) continue;
    if (head === 'strategies' && typeof second === 'number')
      repeats.own.set(second, (repeats.own.get(second) ?? 0) + extra);
    else if (head === 'position_sizing') {
      const key = typeof second === 'string' ? (canonicalKeyOf(second) ?? null) : null;
      repeats.global.set(key, (repeats.global.get(key) ?? 0) + extra);
    }
  }
  return repeats;
}

function countByStrategy(analysis: Analysis): StrategyCounts[] {
  const problems = problemsOf(analysis);
  const warnings = new Map<number, number>();
  for (const d of problems) {
    if (d.severity !== 'warning' || d.path[0] !== 'strategies' || typeof d.path[1] !== 'number')
      continue;
    warnings.set(d.path[1], (warnings.get(d.path[1]) ?? 0) + 1);
  }
  const repeats = repeatedErrors(problems);
  const index = errorIndexOf(analysis);
  return analysis.strategies.map((s) => {
    let errors = index.all(s).length - (repeats.own.get(s.index) ?? 0);
    for (const [key, n] of repeats.global)
      if (key === null || s.sizing.sources[key] === 'global') errors -= n;
    return { errors, warnings: warnings.get(s.index) ?? 0 };
  });
}
