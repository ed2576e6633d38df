import type { TextEdit } from '../../shared/edits/text-edit.ts';
import { currentText, documentStore } from '../app/stores.ts';

/** Runs an editor action (a pure function of the text) and applies its edits as one undo step. */
export function dispatch(
  action: (text: string) => TextEdit[],
  coalesceKey: string | null = null,
): void {
  documentStore.flush();
  documentStore.edit(action(currentText()), coalesceKey);
}
