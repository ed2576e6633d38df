import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import { removeKey, setValue } from '../../shared/edits/set-value.ts';
import { dispatch } from '../form/edit.ts';
import { callbackCache } from '../form/same-props.ts';

/** Sets (or, with undefined, removes) a value under a strategy; typing in one field is one undo step. */
export function setStrategyValue(index: number, path: JsonPath, value: unknown): void {
  const full = ['strategies', index, ...path];
  dispatch(
    (t) => (value === undefined ? removeKey(t, full) : setValue(t, full, value)),
    value === undefined ? null : `s${index}:${path.join('.')}`,
  );
}

/** Stable setters of one strategy's fields, by dotted path ("stop_loss_pct", "risk_adjustment.enabled"). */
export interface StrategyFieldSetters {
  set(path: string): (value: unknown) => void;
  remove(path: string): () => void;
}

const setters = new Map<number, StrategyFieldSetters>();

/** The same setter functions every time for the same strategy and field, for memoised fields. */
export function strategyFieldSetters(index: number): StrategyFieldSetters {
  let found = setters.get(index);
  if (found === undefined) {
    const split = (path: string): JsonPath => path.split('.');
    found = {
      set: callbackCache((path) => (v: unknown) => setStrategyValue(index, split(path), v)),
      remove: callbackCache((path) => () => setStrategyValue(index, split(path), undefined)),
    };
    setters.set(index, found);
  }
  return found;
}
