import Box from '@mui/material/Box';
import { useEffect, useRef } from 'react';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { documentStore } from '../state/stores.ts';
import { attachEditorToDocument } from './attach-editor.ts';
import { EDITOR_OPTIONS, documentModel, useMonacoTheme } from './document-model.ts';
import { monaco } from './monaco-setup.ts';
import { selectionRange } from './selection-range.ts';

/** The JSON view: Monaco on the document text, one undo history with the form, shared diagnostics as markers. */
export default function JsonView() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const reveal = useValue(uiStore, (s) => s.reveal);
  const selection = useValue(uiStore, (s) => s.selection);
  useMonacoTheme();

  useEffect(() => {
    if (host.current === null) return;
    const model = documentModel();
    const editor = monaco.editor.create(host.current, {
      ...EDITOR_OPTIONS,
      model,
      ariaLabel: 'JSON view',
    });
    editorRef.current = editor;
    const attached = attachEditorToDocument(editor, model);
    return () => {
      attached.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  // Beside the form, show the selected block; never while the trader types here (the
  // selection then follows the text), and without moving the cursor.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || editor.hasTextFocus() || uiStore.get().view !== 'split') return;
    const block = selectionRange(documentStore.getSnapshot().text, selection);
    if (block === undefined) return;
    const start = model.getPositionAt(block.offset);
    const end = model.getPositionAt(block.offset + block.length);
    editor.revealRangeNearTopIfOutsideViewport(
      new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
      monaco.editor.ScrollType.Immediate,
    );
  }, [selection]);

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
