import { useSyncExternalStore } from 'react';

/** A tiny external store for UI state that lives outside React. */
export interface ValueStore<T> {
  readonly get: () => T;
  readonly set: (update: Partial<T> | ((current: T) => Partial<T>)) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** Creates a store holding one immutable object. */
export function createValueStore<T extends object>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(update) {
      const patch = typeof update === 'function' ? update(value) : update;
      value = { ...value, ...patch };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reads a slice of a store; re-renders only when the slice changes (by Object.is). */
export function useValue<T, S>(store: ValueStore<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
