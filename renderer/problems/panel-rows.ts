import type { Problem } from '../state/merge-problems.ts';
import type { ProblemCounts } from '../state/problems.ts';

/** A row of the Problems tab: a problem, or the heading above the infos. */
export type PanelRow =
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'heading'; readonly text: string };

/** Errors and warnings in text order, then, under their own heading, the infos. */
export function panelRows(problems: readonly Problem[], counts: ProblemCounts): PanelRow[] {
  const rows: PanelRow[] = [];
  const infos: PanelRow[] = [];
  for (const problem of problems)
    (problem.severity === 'info' ? infos : rows).push({ kind: 'problem', problem });
  if (infos.length === 0) return rows;
  const heading = `Info (${counts.infos}): not counted as problems`;
  return [...rows, { kind: 'heading', text: heading }, ...infos];
}
