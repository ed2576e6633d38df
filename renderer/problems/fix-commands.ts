import type { Diagnostic } from '../../shared/diagnostics/diagnostic.ts';
import { applyAllFixes, fixEdits, isEngineFix } from '../../shared/edits/apply-fix.ts';
import { minimalEdit } from '../../shared/edits/text-edit.ts';
import { dispatch } from '../form/edit.ts';
import type { Problem } from '../state/merge-problems.ts';
import { codesOf } from '../state/merge-problems.ts';
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

/** How many engine problems have a fix (a merged problem counts once). */
export function engineFixCount(problems: readonly Problem[]): number {
  return problems.filter((p) => p.fix !== undefined && codesOf(p).some(isEngineCode)).length;
}

function isEngineCode(code: string): boolean {
  return code.startsWith('engine-');
}
