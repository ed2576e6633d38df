import type { Analysis } from '../../shared/analyze.ts';

/**
 * A selector computed once per analysis and shared by every view that reads it (analyses are
 * immutable, so the result lives exactly as long as its analysis).
 */
export function perAnalysis<T>(derive: (analysis: Analysis) => T): (analysis: Analysis) => T {
  const cache = new WeakMap<Analysis, T>();
  return (analysis) => {
    let value = cache.get(analysis);
    if (value === undefined) {
      value = derive(analysis);
      cache.set(analysis, value);
    }
    return value;
  };
}
