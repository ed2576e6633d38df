import { fixEdits } from '../../shared/edits/apply-fix.ts';
import { documentStore } from '../state/stores.ts';
import type * as Monaco from './monaco.ts';

/**
 * Offers each diagnostic's fix as a Monaco quick fix (code action) where its marker is: the
 * same data the problems panel applies, turned into the model's edits.
 */
export function registerQuickFixes(monaco: typeof Monaco): Monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider('json', {
    provideCodeActions(model, range) {
      const { text, analysis } = documentStore.getSnapshot();
      if (model.getValue() !== text || analysis.text !== text) return { actions: [], dispose() {} };
      const from = model.getOffsetAt(range.getStartPosition());
      const to = model.getOffsetAt(range.getEndPosition());
      const actions: Monaco.languages.CodeAction[] = [];
      for (const d of analysis.diagnostics) {
        const fix = d.fix;
        const start = d.range.offset;
        const end = start + Math.max(d.range.length, 1);
        if (fix === undefined || end < from || start > to) continue;
        const edits = fixEdits(text, fix).map((e) => {
          const a = model.getPositionAt(e.offset);
          const b = model.getPositionAt(e.offset + e.length);
          return {
            resource: model.uri,
            versionId: model.getVersionId(),
            textEdit: {
              range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column),
              text: e.content,
            },
          };
        });
        if (edits.length === 0) continue;
        actions.push({ title: fix.title, kind: 'quickfix', isPreferred: true, edit: { edits } });
      }
      return { actions, dispose() {} };
    },
  });
}
