import type { Problem } from './merge-problems.ts';
import { mergeProblems } from './merge-problems.ts';
import { perAnalysis } from './per-analysis.ts';

/** The problems of an analysis, one per mistake, computed once for every view. */
export const problemsOf = perAnalysis((analysis) => mergeProblems(analysis.diagnostics));

/** What the status chip, the Problems tab and the export button count. */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Errors and warnings: what "problems" means wherever a count is shown. */
  readonly problems: number;
}

/** The counts of one analysis' problems, computed once. */
export const problemCountsOf = perAnalysis((analysis) => countProblems(problemsOf(analysis)));

/** Counts problems by severity; infos apart. */
function countProblems(problems: readonly Problem[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, problems: errors + warnings };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 problems · 1 info", "No problems", "No problems · 3 infos". */
export function problemsSummary(c: ProblemCounts): string {
  const problems = c.problems === 0 ? 'No problems' : plural(c.problems, 'problem');
  return c.infos === 0 ? problems : `${problems} · ${plural(c.infos, 'info')}`;
}

/** "1 error, 1 warning, 1 info": every severity that occurs, for tooltips and screen readers. */
export function problemsBreakdown(c: ProblemCounts): string {
  const parts = [
    c.errors > 0 ? plural(c.errors, 'error') : '',
    c.warnings > 0 ? plural(c.warnings, 'warning') : '',
    c.infos > 0 ? plural(c.infos, 'info') : '',
  ].filter((s) => s !== '');
  return parts.length === 0 ? 'No problems' : parts.join(', ');
}

/** The Problems tab's label: "Problems (2)", "Problems (2) · 1 info". */
export function problemsTabLabel(c: ProblemCounts): string {
  return c.infos === 0
    ? `Problems (${c.problems})`
    : `Problems (${c.problems}) · ${plural(c.infos, 'info')}`;
}
