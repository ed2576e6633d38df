import type { editor } from 'monaco-editor/editor/editor.api';

// Type-only import: the menu's Find reaches the editor without pulling Monaco into the main chunk.
let active: editor.ICodeEditor | null = null;

/** Records the editor on screen (the JSON view's, or the compare view's editable side). */
export function setActiveEditor(next: editor.ICodeEditor | null): void {
  active = next;
}

/** Opens Monaco's find widget in the editor on screen; false when there is none. */
export function findInEditor(): boolean {
  if (active === null) return false;
  active.focus();
  void active.getAction('actions.find')?.run();
  return true;
}
