/**
 * Props equal by value, for `memo`: arrays element by element (option lists rebuilt on every
 * render), everything else by `Object.is` (so callbacks must be stable).
 */
export function sameProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (Object.is(x, y)) return true;
    return (
      Array.isArray(x) &&
      Array.isArray(y) &&
      x.length === y.length &&
      x.every((v, i) => Object.is(v, y[i]))
    );
  });
}

/** The same function for the same key, so memoised fields keep getting equal props. */
export function callbackCache<F>(make: (key: string) => F): (key: string) => F {
  const cache = new Map<string, F>();
  return (key) => {
    let f = cache.get(key);
    if (f === undefined) {
      f = make(key);
      cache.set(key, f);
    }
    return f;
  };
}
