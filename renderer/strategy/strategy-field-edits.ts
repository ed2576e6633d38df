import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import { removeKey, setValue } from '../../shared/edits/set-value.ts';
import { dispatch } from '../form/edit.ts';

/** Sets (or, with undefined, removes) a value under a strategy; typing in one field is one undo step. */
export function setStrategyValue(index: number, path: JsonPath, value: unknown): void {
  const full = ['strategies', index, ...path];
  dispatch(
    (t) => (value === undefined ? removeKey(t, full) : setValue(t, full, value)),
    value === undefined ? null : `s${index}:${path.join('.')}`,
  );
}
