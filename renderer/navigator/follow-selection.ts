import { selectFormAnalysis } from '../state/stores.ts';
import type { DocumentStore } from '../state/document-store.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { Selection, UiState } from '../state/ui-store.ts';
import type { ValueStore } from '../state/value-store.ts';

/** The name of the selected strategy, or undefined when no strategy is selected. */
export function selectedName(
  selection: Selection,
  strategies: readonly ResolvedStrategy[],
): string | undefined {
  return selection.kind === 'strategy' ? strategies[selection.index]?.name : undefined;
}

/**
 * The selection after the strategies changed under it: the strategy named `name` wherever it
 * moved (the nearest one when names repeat), else Global sizing. `keepIndex` keeps the
 * position when the name vanished (an undone rename).
 */
export function followedSelection(
  selection: Selection,
  name: string | undefined,
  strategies: readonly ResolvedStrategy[],
  keepIndex = false,
): Selection {
  if (selection.kind !== 'strategy' || name === undefined) return selection;
  if (strategies[selection.index]?.name === name) return selection;
  let found: number | undefined;
  for (const s of strategies) {
    const closer =
      found === undefined ||
      Math.abs(s.index - selection.index) < Math.abs(found - selection.index);
    if (s.name === name && closer) found = s.index;
  }
  if (found !== undefined) return { kind: 'strategy', index: found };
  if (keepIndex && selection.index < strategies.length) return selection;
  return { kind: 'global' };
}

/**
 * Keeps the selection on the same strategy when text edits (JSON typing, undo) reorder or
 * delete strategies; form edits move the selection themselves. Returns the unsubscribe.
 */
export function followSelectedStrategy(
  documents: DocumentStore,
  ui: ValueStore<UiState>,
): () => void {
  let analysis = selectFormAnalysis(documents.getSnapshot());
  let name = selectedName(ui.get().selection, analysis.strategies);
  const offUi = ui.subscribe(() => {
    name = selectedName(ui.get().selection, analysis.strategies);
  });
  const offDocument = documents.subscribe(() => {
    const snapshot = documents.getSnapshot();
    const next = selectFormAnalysis(snapshot);
    if (next === analysis) return;
    analysis = next;
    const selection = ui.get().selection;
    const followed =
      snapshot.origin === 'json' || snapshot.origin === 'undo'
        ? followedSelection(selection, name, next.strategies, snapshot.origin === 'undo')
        : selection;
    if (followed !== selection) ui.set({ selection: followed });
    else name = selectedName(selection, next.strategies);
  });
  return () => {
    offUi();
    offDocument();
  };
}
