import type { Analysis } from '../../shared/analyze.ts';
import type { SizingDiff } from '../../shared/diff/sizing-diff.ts';
import { sizingDiff } from '../../shared/diff/sizing-diff.ts';
import type { PreviewInputs } from '../../shared/sizing/preview.ts';
import { checkPreviewInputs } from '../../shared/sizing/preview.ts';
import { analysisOfText } from '../state/text-analysis.ts';

/**
 * What the unsaved text does to each strategy's sizing against `baseText` (the file as saved,
 * or as it is now on disk), sized at the preview's inputs when they are usable.
 */
export function changesAgainst(
  baseText: string,
  current: Analysis,
  inputs: PreviewInputs | null,
): SizingDiff | null {
  const base = analysisOfText(baseText);
  if (base.config === undefined || current.config === undefined) return null;
  const usable = inputs !== null && checkPreviewInputs(inputs) === undefined;
  return sizingDiff(base, current, usable ? inputs : undefined);
}
