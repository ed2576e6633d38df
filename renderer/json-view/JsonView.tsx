import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useEffect, useRef } from 'react';
import { minimalEdit } from '../../shared/edits/text-edit.ts';
import { documentStore } from '../app/stores.ts';
import { uiStore } from '../ui/ui-store.ts';
import { useValue } from '../ui/value-store.ts';
import { markersOf } from './markers.ts';
import { MODEL_URI, monaco } from './monaco-setup.ts';

/** The JSON view: Monaco on the document text, one undo history with the form, shared diagnostics as markers. */
export default function JsonView() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const dark = useTheme().palette.mode === 'dark';
  const reveal = useValue(uiStore, (s) => s.reveal);

  useEffect(() => {
    if (host.current === null) return;
    const snapshot = documentStore.getSnapshot();
    const model =
      monaco.editor.getModel(MODEL_URI) ??
      monaco.editor.createModel(snapshot.text, 'json', MODEL_URI);
    if (model.getValue() !== snapshot.text) model.setValue(snapshot.text);
    const editor = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 2,
      renderWhitespace: 'selection',
      ariaLabel: 'JSON view',
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    let applying = false;
    const sync = () => {
      const s = documentStore.getSnapshot();
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
    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => documentStore.undo());
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => documentStore.redo());
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => documentStore.redo());
    return () => {
      unsubscribe();
      changes.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (
      reveal === null ||
      editor === null ||
      editor === undefined ||
      model === null ||
      model === undefined
    )
      return;
    const start = model.getPositionAt(reveal.range.offset);
    const end = model.getPositionAt(reveal.range.offset + reveal.range.length);
    const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
  }, [reveal]);

  return <Box ref={host} data-testid="json-view" sx={{ flex: 1, minWidth: 0, minHeight: 0 }} />;
}
