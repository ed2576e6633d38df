import type { Diagnostic } from '../../shared/diagnostics/diagnostic.ts';
import { focusField, revealRange, uiStore } from '../state/ui-store.ts';
import { formPlaceOf } from './field-ids.ts';

/** Selects the diagnostic's form field and reveals its range in the JSON view. */
export function jumpTo(d: Diagnostic): void {
  const place = formPlaceOf(d.path);
  uiStore.set({ selection: place.selection });
  revealRange(d.range, d.code === 'syntax' || d.code === 'encoding');
  if (place.id !== null) focusField(place.id);
}
