import type { TextEdit } from '../../shared/edits/text-edit.ts';
import { parseText } from '../../shared/parse/parse-text.ts';
import { currentText, documentStore } from '../state/stores.ts';

/** Runs an editor action (a pure function of the text) and applies its edits as one undo step. */
export function dispatch(
  action: (text: string) => TextEdit[],
  coalesceKey: string | null = null,
): void {
  documentStore.flush();
  documentStore.edit(action(currentText()), coalesceKey);
}

/** {@link dispatch} for an action that also reads the text's parsed config (no second parse). */
export function dispatchOnConfig(
  action: (text: string, config: unknown) => TextEdit[],
  coalesceKey: string | null = null,
): void {
  documentStore.flush();
  const { text, analysis } = documentStore.getSnapshot();
  const config = analysis.text === text ? analysis.config : parseText(text).value;
  documentStore.edit(action(text, config), coalesceKey);
}
