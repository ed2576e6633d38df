import Box from '@mui/material/Box';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import type { TextRange } from '../../shared/text-position.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { documentStore } from '../state/stores.ts';
import { attachEditorToDocument } from './attach-editor.ts';
import { EDITOR_OPTIONS, documentModel, useMonacoTheme } from './document-model.ts';
import { monaco } from './monaco-setup.ts';
import { selectionRange } from './selection-range.ts';

type EditorRef = RefObject<monaco.editor.IStandaloneCodeEditor | null>;

function rangeOf(model: monaco.editor.ITextModel, range: TextRange): monaco.Range {
  const start = model.getPositionAt(range.offset);
  const end = model.getPositionAt(range.offset + range.length);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

/**
 * Beside the form, shows the selected block; never while the trader types here (the selection
 * then follows the text), and without moving the cursor.
 */
function useRevealSelection(editorRef: EditorRef): void {
  const selection = useValue(uiStore, (s) => s.selection);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || editor.hasTextFocus() || uiStore.get().view !== 'split') return;
    const block = selectionRange(documentStore.getSnapshot().text, selection);
    if (block === undefined) return;
    editor.revealRangeNearTopIfOutsideViewport(
      rangeOf(model, block),
      monaco.editor.ScrollType.Immediate,
    );
  }, [editorRef, selection]);
}

/** Selects and centres a range a problem or a field asked to see. */
function useRevealRequests(editorRef: EditorRef): void {
  const reveal = useValue(uiStore, (s) => s.reveal);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (reveal === null || !editor || !model) return;
    const range = rangeOf(model, reveal.range);
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
    if (reveal.focus === true) editor.focus();
  }, [editorRef, reveal]);
}

/** The JSON view: Monaco on the document text, one undo history with the form, shared diagnostics as markers. */
export default function JsonView() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
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
  useRevealSelection(editorRef);
  useRevealRequests(editorRef);
  return <Box ref={host} data-testid="json-view" sx={{ flex: 1, minWidth: 0, minHeight: 0 }} />;
}
