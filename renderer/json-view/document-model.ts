import { useTheme } from '@mui/material/styles';
import { useEffect } from 'react';
import { minimalEdit } from '../../shared/edits/text-edit.ts';
import { documentStore } from '../app/stores.ts';
import { fitLanguageFeatures } from './large-model.ts';
import { markersOf } from './markers.ts';
import { MODEL_URI, monaco } from './monaco-setup.ts';

/** The Monaco model of the document text: one per window, shown by the JSON or the compare view. */
export function documentModel(): monaco.editor.ITextModel {
  const text = documentStore.getSnapshot().text;
  fitLanguageFeatures(text.length);
  const model =
    monaco.editor.getModel(MODEL_URI) ?? monaco.editor.createModel(text, 'json', MODEL_URI);
  if (model.getValue() !== text) model.setValue(text);
  return model;
}

/** Keeps the model and the store in step: store changes and diagnostics in, typing out. */
export function syncWithDocument(model: monaco.editor.ITextModel): monaco.IDisposable {
  let applying = false;
  const sync = () => {
    const s = documentStore.getSnapshot();
    fitLanguageFeatures(s.text.length);
    const current = model.getValue();
    if (current !== s.text) {
      const [edit] = minimalEdit(current, s.text);
      if (edit !== undefined) {
        const start = model.getPositionAt(edit.offset);
        const end = model.getPositionAt(edit.offset + edit.length);
        applying = true;
        model.applyEdits([
          {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            text: edit.content,
          },
        ]);
        applying = false;
      }
    }
    if (s.analysis.text === s.text)
      monaco.editor.setModelMarkers(
        model,
        'spark',
        markersOf(monaco, model, s.analysis.diagnostics),
      );
  };
  sync();
  const unsubscribe = documentStore.subscribe(sync);
  const changes = model.onDidChangeContent(() => {
    if (!applying) documentStore.type(model.getValue());
  });
  return {
    dispose: () => {
      unsubscribe();
      changes.dispose();
    },
  };
}

/** Undo and redo in the editor go to the one history shared with the form. */
export function routeUndoKeys(editor: monaco.editor.IStandaloneCodeEditor): void {
  const { KeyMod, KeyCode } = monaco;
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => documentStore.undo());
  editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => documentStore.redo());
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => documentStore.redo());
}

/** Options both editors share. Dropping a file is left to the window, which opens it. */
export const EDITOR_OPTIONS = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  scrollBeyondLastLine: false,
  tabSize: 2,
  renderWhitespace: 'selection',
  fixedOverflowWidgets: true,
  dropIntoEditor: { enabled: false },
} satisfies monaco.editor.IStandaloneEditorConstructionOptions;

/** Monaco's theme follows the app's (Monaco has one theme for every editor on the page). */
export function useMonacoTheme(): void {
  const dark = useTheme().palette.mode === 'dark';
  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);
}
