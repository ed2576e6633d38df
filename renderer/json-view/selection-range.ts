import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import { findPath } from '../../shared/parse/find-path.ts';
import type { TextRange } from '../../shared/text-position.ts';
import type { Selection } from '../state/ui-store.ts';

function pathOf(selection: Selection): JsonPath {
  if (selection.kind === 'strategy') return ['strategies', selection.index];
  if (selection.kind === 'section') return [selection.key];
  return ['position_sizing'];
}

/** The text of the selected block, from its key (when it has one) to the end of its value. */
export function selectionRange(text: string, selection: Selection): TextRange | undefined {
  const at = findPath(text, pathOf(selection));
  if (at === undefined) return undefined;
  const offset = (at.key ?? at.value).offset;
  return { offset, length: at.value.offset + at.value.length - offset };
}
