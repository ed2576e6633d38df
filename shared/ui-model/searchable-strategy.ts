import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import type { CanonicalKey } from '../sizing-keys.ts';
import { CANONICAL_KEYS, SIZING_KEYS, spellingsOf } from '../sizing-keys.ts';
import { builtInDefault } from './built-in-defaults.ts';
import { parametersShown } from './method-needs.ts';
import type { SearchableField, SearchableStrategy } from './settings-search.ts';

/** The sizing keys a strategy's form shows: the method, what it reads, the limits, any other override. */
function keysShownFor(strategy: ResolvedStrategy): CanonicalKey[] {
  const shown: CanonicalKey[] = ['method', ...parametersShown(strategy.sizing.method)];
  const extra = CANONICAL_KEYS.filter(
    (k) => !shown.includes(k) && strategy.sizing.sources[k] === 'strategy',
  );
  return [...shown, ...extra];
}

/** What else the search needs to know of a strategy, from the analysis and the engine model. */
export interface StrategyFacts {
  readonly errors: number;
  readonly diverges: boolean;
  /** False when the engine does not run it (`"enabled": 0` too). */
  readonly engineEnabled: boolean;
  /** Canonical keys a diagnostic marks in the strategy's position_sizing. */
  readonly fieldErrors: ReadonlySet<string>;
}

/** A strategy as the settings search reads it: the fields its form shows, with their values. */
export function searchableStrategy(s: ResolvedStrategy, facts: StrategyFacts): SearchableStrategy {
  return {
    name: s.name,
    market: s.market,
    enabled: s.enabled && facts.engineEnabled,
    errors: facts.errors,
    diverges: facts.diverges,
    fields: keysShownFor(s).map((key): SearchableField => ({
      key,
      spellings: spellingsOf(key),
      label: SIZING_KEYS[key].label,
      value: s.sizing.values[key],
      source: s.sizing.sources[key],
      error: facts.fieldErrors.has(key),
    })),
  };
}

/** The global block's fields (every key: the global form shows them all). */
export function searchableGlobalFields(layer: SizingLayer): SearchableField[] {
  return CANONICAL_KEYS.map((key) => ({
    key,
    spellings: spellingsOf(key),
    label: SIZING_KEYS[key].label,
    value: layer.values[key] ?? builtInDefault(key),
  }));
}
