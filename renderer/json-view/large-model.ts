import { monaco } from './monaco-setup.ts';

/** From this size on, Monaco's own outline, folding, colours and selection ranges are turned off. */
const LARGE_TEXT = 1_000_000;

const FULL = monaco.json.jsonDefaults.modeConfiguration;
let large = false;

/**
 * On a 1 MB config, Monaco's JSON outline and folding block the main thread for 150–210 ms per
 * edit (measured with `test/bench/ui-profile.ts json`); completion, hover and markers stay on.
 */
export function fitLanguageFeatures(textLength: number): void {
  const next = textLength >= LARGE_TEXT;
  if (next === large) return;
  large = next;
  monaco.json.jsonDefaults.setModeConfiguration({
    ...FULL,
    documentSymbols: !next,
    foldingRanges: !next,
    colors: !next,
    selectionRanges: !next,
  });
}

/** The editor-side half: indentation folding and sticky scroll also rescan the whole text. */
export function fitEditorToSize(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable {
  let large: boolean | undefined;
  const fit = (): void => {
    const next = (editor.getModel()?.getValueLength() ?? 0) >= LARGE_TEXT;
    if (next === large) return;
    large = next;
    editor.updateOptions({ folding: !next, stickyScroll: { enabled: !next } });
  };
  fit();
  return editor.onDidChangeModelContent(fit);
}
