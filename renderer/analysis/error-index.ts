import type { Analysis, StrategyErrorIndex } from '../../shared/analyze.ts';
import { indexStrategyErrors } from '../../shared/analyze.ts';

const cache = new WeakMap<Analysis, StrategyErrorIndex>();

/** The analysis' errors by strategy, built once per analysis for every view that needs them. */
export function errorIndexOf(analysis: Analysis): StrategyErrorIndex {
  let index = cache.get(analysis);
  if (index === undefined) {
    index = indexStrategyErrors(analysis);
    cache.set(analysis, index);
  }
  return index;
}
