import type { Diagnostic } from '../../shared/diagnostics/diagnostic.ts';
import { applyAllFixes, fixEdits, isEngineFix } from '../../shared/edits/apply-fix.ts';
import { minimalEdit } from '../../shared/edits/text-edit.ts';
import { dispatch } from '../form/edit.ts';
import { documentStore } from '../state/stores.ts';

/** Applies one diagnostic's fix as one undo step. */
export function applyFix(d: Diagnostic): void {
  const fix = d.fix;
  if (fix !== undefined) dispatch((text) => fixEdits(text, fix));
}

/** "Fix all engine problems": every safe engine fix, as one undo step. */
export function fixAllEngineProblems(): void {
  const bom = documentStore.getSnapshot().meta?.bom ?? false;
  dispatch((text) => minimalEdit(text, applyAllFixes(text, isEngineFix, bom).text));
}

/** How many engine problems have a fix. */
export function engineFixCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter(isEngineFix).length;
}
