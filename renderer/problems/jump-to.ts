import type { Diagnostic } from '../../shared/diagnostics/diagnostic.ts';
import { documentStore, selectFormAnalysis } from '../state/stores.ts';
import { focusField, revealRange, uiStore } from '../state/ui-store.ts';
import { problemPlace } from './problem-place.ts';

/**
 * Goes where a problem is shown. A field's problem: its form field, selected and focused (in
 * the Form and Split views; Split also selects its range in the JSON view; the JSON view alone
 * selects the range). Any other: the JSON view (Split from Form), its range selected, focused.
 */
export function jumpTo(d: Diagnostic): void {
  const place = problemPlace(d, selectFormAnalysis(documentStore.getSnapshot()));
  if (place.selection !== null) uiStore.set({ selection: place.selection });
  const view = uiStore.get().view;
  if (place.kind === 'text' || view === 'json') {
    revealRange(d.range, true, true);
    return;
  }
  if (view === 'split') revealRange(d.range);
  focusField(place.id);
  // A field the form does not render after all (a layout this map does not know): the text.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (document.getElementById(place.id) === null) revealRange(d.range, true, true);
    }),
  );
}
