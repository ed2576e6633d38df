import type { Analysis } from '../analyze.ts';
import { analyzeText } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Fix, FixAction } from '../diagnostics/fix.ts';
import { renameKey } from './rename-key.ts';
import { removeKey, setValue } from './set-value.ts';
import type { TextEdit } from './text-edit.ts';
import { applyEdits, minimalEdit } from './text-edit.ts';

function actionEdits(text: string, action: FixAction): TextEdit[] {
  switch (action.kind) {
    case 'rename-key':
      return renameKey(text, action.path, action.to);
    case 'set-value':
      return setValue(text, action.path, action.value);
    case 'remove-key':
      return removeKey(text, action.path);
  }
}

/** The text edits of one fix, its actions applied in order; none when the text no longer fits it. */
export function fixEdits(text: string, fix: Fix): TextEdit[] {
  let next = text;
  for (const action of fix.actions) next = applyEdits(next, actionEdits(next, action));
  return next === text ? [] : minimalEdit(text, next);
}

/** True for a diagnostic whose fix "Fix all engine problems" applies. */
export function isEngineFix(d: Diagnostic): boolean {
  return d.fix !== undefined && d.code.startsWith('engine-');
}

/** What applying every fix gives: the new text, how many fixes went in, and the final analysis. */
export interface FixAllResult {
  readonly text: string;
  readonly applied: number;
  readonly analysis: Analysis;
}

/**
 * Applies every fix `accept` selects, as one change: a round applies each fix that still fits,
 * then the text is checked again (a rename can reveal a value the engine does not inherit), until
 * no fix is left or a round changes nothing.
 */
export function applyAllFixes(
  text: string,
  accept: (d: Diagnostic) => boolean = isEngineFix,
  bom = false,
): FixAllResult {
  let current = text;
  let analysis = analyzeText(current, bom);
  let applied = 0;
  for (let round = 0; round < 8; round++) {
    const fixes = analysis.diagnostics.filter(accept);
    let next = current;
    for (const d of fixes) {
      if (d.fix === undefined) continue;
      const edits = fixEdits(next, d.fix);
      if (edits.length === 0) continue;
      next = applyEdits(next, edits);
      applied++;
    }
    if (next === current) break;
    current = next;
    analysis = analyzeText(current, bom);
  }
  return { text: current, applied, analysis };
}
