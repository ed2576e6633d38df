import type { Source } from '../resolve/inheritance.ts';
import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { CanonicalKey, Method } from '../sizing-keys.ts';
import { CANONICAL_KEYS, LIMIT_KEYS, REQUIRED_BY_METHOD, USED_BY_METHOD } from '../sizing-keys.ts';

/** Whether one parameter a method needs is set on the strategy, inherited, or missing. */
export interface MethodNeed {
  readonly key: CanonicalKey;
  readonly required: boolean;
  /** Where the value would come from after switching; undefined when no layer sets it. */
  readonly source: Source | undefined;
  readonly value: unknown;
}

/** What switching a strategy to `method` needs, and where each value would come from (SPEC §3). */
export function methodNeeds(strategy: ResolvedStrategy, method: Method): MethodNeed[] {
  const required = new Set(REQUIRED_BY_METHOD[method]);
  return USED_BY_METHOD[method].map((key) => ({
    key,
    required: required.has(key),
    source: strategy.sizing.sources[key],
    value: strategy.sizing.values[key],
  }));
}

/** The parameters a sizing form shows for a method: the ones it uses, then the limits. */
export function parametersShown(method: Method | undefined): CanonicalKey[] {
  const used = method === undefined ? [] : USED_BY_METHOD[method];
  return [...used, ...LIMIT_KEYS.filter((k) => !used.includes(k))];
}

/** Canonical keys set in any layer of any strategy (method first), in canonical order. */
export function keysInUse(strategies: readonly ResolvedStrategy[]): CanonicalKey[] {
  const seen = new Set<CanonicalKey>(['method']);
  const sourcesSeen = new Set<object>();
  for (const s of strategies) {
    // Strategies without overrides share one sources object: visit it once.
    if (sourcesSeen.has(s.sizing.sources)) continue;
    sourcesSeen.add(s.sizing.sources);
    for (const key in s.sizing.sources) seen.add(key as CanonicalKey);
  }
  return CANONICAL_KEYS.filter((k) => seen.has(k));
}
