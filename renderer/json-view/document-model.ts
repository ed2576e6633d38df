import { useTheme } from '@mui/material/styles';
import { useEffect } from 'react';
import type { TextEdit } from '../../shared/edits/text-edit.ts';
import { minimalEdit } from '../../shared/edits/text-edit.ts';
import type { DocumentSnapshot } from '../state/document-store.ts';
import { documentStore } from '../state/stores.ts';
import { fitLanguageFeatures } from './large-model.ts';
import { markersOf } from './markers.ts';
import { MODEL_URI, monaco } from './monaco-setup.ts';
import { problemsOf } from '../state/problems.ts';

/** How far the model follows the store, kept per model (both editors may show the same one). */
interface ModelSync {
  /** The store's text version the model holds. */
  version: number;
  /** True while the model applies the store's edits (not the trader's typing). */
  applying: boolean;
  /** True while the store takes the trader's typing (the model already holds it). */
  typing: boolean;
  /** The model's newest change already sent to the store. */
  sentVersionId: number;
  /**
   * False while the model's text differs in length from the store's: Monaco normalised mixed
   * line endings. Its change offsets then do not fit the store's text, so the next keystroke
   * sends the difference of the whole texts (once; after it both hold the same text).
   */
  exact: boolean;
}

const syncs = new WeakMap<monaco.editor.ITextModel, ModelSync>();

/** The Monaco model of the document text: one per window, shown by the JSON or the compare view. */
export function documentModel(): monaco.editor.ITextModel {
  const s = documentStore.getSnapshot();
  fitLanguageFeatures(s.text.length);
  const existing = monaco.editor.getModel(MODEL_URI);
  const model = existing ?? monaco.editor.createModel(s.text, 'json', MODEL_URI);
  const sync = syncOf(model, existing === null ? s.version : -1);
  if (sync.version !== s.version) apply(model, sync, s);
  return model;
}

function syncOf(model: monaco.editor.ITextModel, version: number): ModelSync {
  let sync = syncs.get(model);
  if (sync === undefined) {
    sync = {
      version,
      applying: false,
      typing: false,
      sentVersionId: model.getVersionId(),
      exact: model.getValueLength() === documentStore.getSnapshot().text.length,
    };
    syncs.set(model, sync);
  }
  return sync;
}

/** Monaco's report of a change as the store's edits (offsets in the text before it). */
function editsOfChange(event: monaco.editor.IModelContentChangedEvent): TextEdit[] {
  return event.changes.map((c) => ({
    offset: c.rangeOffset,
    length: c.rangeLength,
    content: c.text,
  }));
}

/** Brings the model to the snapshot: its edits when the model is one version behind, else the whole text. */
function apply(model: monaco.editor.ITextModel, sync: ModelSync, s: DocumentSnapshot): void {
  sync.applying = true;
  const stepwise = sync.exact && s.edits !== null && sync.version === s.version - 1;
  if (stepwise)
    model.applyEdits(s.edits.map((e) => ({ range: rangeOf(model, e), text: e.content })));
  // A length check costs nothing and catches a model that drifted: then it takes the whole text.
  if (!stepwise || model.getValueLength() !== s.text.length) model.setValue(s.text);
  sync.exact = model.getValueLength() === s.text.length;
  sync.applying = false;
  sync.version = s.version;
  sync.sentVersionId = model.getVersionId();
}

function rangeOf(model: monaco.editor.ITextModel, edit: TextEdit): monaco.Range {
  const start = model.getPositionAt(edit.offset);
  const end = model.getPositionAt(edit.offset + edit.length);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

/** Keeps the model and the store in step: the store's edits and diagnostics in, typed edits out. */
export function syncWithDocument(model: monaco.editor.ITextModel): monaco.IDisposable {
  const sync = syncOf(model, documentStore.getSnapshot().version);
  const follow = () => {
    const s = documentStore.getSnapshot();
    fitLanguageFeatures(s.text.length);
    if (sync.typing) sync.version = s.version;
    else if (sync.version !== s.version) apply(model, sync, s);
    if (s.analysis.text === s.text)
      monaco.editor.setModelMarkers(
        model,
        'spark',
        markersOf(monaco, model, problemsOf(s.analysis)),
      );
  };
  follow();
  const unsubscribe = documentStore.subscribe(follow);
  const changes = model.onDidChangeContent((event) => {
    if (sync.applying || event.versionId <= sync.sentVersionId) return;
    sync.sentVersionId = event.versionId;
    const edits = sync.exact
      ? editsOfChange(event)
      : minimalEdit(documentStore.getSnapshot().text, model.getValue());
    sync.exact = true;
    sync.typing = true;
    documentStore.type(edits);
    sync.typing = false;
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
  // A dimmed number for the final empty line is below 4.5:1 contrast (seen once a tall editor shows it).
  renderFinalNewline: 'on',
} satisfies monaco.editor.IStandaloneEditorConstructionOptions;

// vs-dark's comments (#608b4e) read at 4.2:1; VS Code's Dark Modern green reads at 5:1.
monaco.editor.defineTheme('spark-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6A9955' }],
  colors: {},
});

/** Monaco's theme follows the app's (Monaco has one theme for every editor on the page). */
export function useMonacoTheme(): void {
  const dark = useTheme().palette.mode === 'dark';
  useEffect(() => {
    monaco.editor.setTheme(dark ? 'spark-dark' : 'vs');
  }, [dark]);
}
