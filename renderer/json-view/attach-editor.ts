import { setActiveEditor } from './active-editor.ts';
import { routeUndoKeys, syncWithDocument } from './document-model.ts';
import { fitEditorToSize } from './large-model.ts';
import type { monaco } from './monaco-setup.ts';

/**
 * Makes an editor on the document model a view of the document: text and markers in step with
 * the store, undo keys on the shared history, the large-text settings, Find's target.
 */
export function attachEditorToDocument(
  editor: monaco.editor.IStandaloneCodeEditor,
  model: monaco.editor.ITextModel,
): monaco.IDisposable {
  const sync = syncWithDocument(model);
  const fit = fitEditorToSize(editor);
  routeUndoKeys(editor);
  setActiveEditor(editor);
  return {
    dispose: () => {
      setActiveEditor(null);
      fit.dispose();
      sync.dispose();
    },
  };
}
