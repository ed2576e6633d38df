import type { CanonicalKey, Method } from '../sizing-keys.ts';
import { CANONICAL_KEYS, DEFAULTS, canonicalMethodOf } from '../sizing-keys.ts';
import { ValueTrie } from '../value-trie.ts';
import type { SizingLayer } from './sizing-layer.ts';

/** Where an effective value comes from: the strategy, the global block, or a built-in default. */
export type Source = 'strategy' | 'global' | 'default';

/** A strategy's sizing after inheritance, with the source of every value. */
export interface EffectiveSizing {
  /** Only keys set in some layer are present; iterate CANONICAL_KEYS for a stable order. */
  readonly values: Readonly<Partial<Record<CanonicalKey, unknown>>>;
  readonly sources: Readonly<Partial<Record<CanonicalKey, Source>>>;
  /** The canonical method, or undefined when the effective method is not a known method. */
  readonly method: Method | undefined;
}

/** What every strategy under one global layer shares, computed once per resolution of a file. */
export interface InheritScope {
  /** What a strategy that overrides nothing gets: global values over built-in defaults. */
  readonly base: EffectiveSizing;
  /** Sources depend only on which keys a strategy sets: one object per pattern of keys. */
  readonly sourcesByMask: Map<number, Readonly<Partial<Record<CanonicalKey, Source>>>>;
  /** Strategies whose blocks hold the same values share one resolution. */
  readonly shared: ValueTrie<EffectiveSizing>;
}

const KEY_INDEX: ReadonlyMap<string, number> = new Map(CANONICAL_KEYS.map((key, i) => [key, i]));

/**
 * A new scope for the strategies under `global`, for one resolution of a file. Never kept
 * between files: a file without a global block reads as one shared empty layer, so a scope
 * cached by layer would carry its trie's budget and trial from one such file to the next.
 */
export function inheritScope(global: SizingLayer): InheritScope {
  const values: Partial<Record<CanonicalKey, unknown>> = {};
  const sources: Partial<Record<CanonicalKey, Source>> = {};
  for (const key of CANONICAL_KEYS) {
    if (global.spelled[key] !== undefined) {
      values[key] = global.values[key];
      sources[key] = 'global';
    } else if (DEFAULTS[key] !== undefined) {
      values[key] = DEFAULTS[key];
      sources[key] = 'default';
    }
  }
  const base = { values, sources, method: canonicalMethodOf(values.method) };
  return { base, sourcesByMask: new Map(), shared: new ValueTrie<EffectiveSizing>() };
}

function sourcesFor(scope: InheritScope, mask: number): EffectiveSizing['sources'] {
  const known = scope.sourcesByMask.get(mask);
  if (known !== undefined) return known;
  const made = { ...scope.base.sources };
  CANONICAL_KEYS.forEach((key, i) => {
    if ((mask & (1 << i)) !== 0) made[key] = 'strategy';
  });
  scope.sourcesByMask.set(mask, made);
  return made;
}

/** SPEC §3: each key from the first layer that sets it — strategy, then global, then default. */
export function inherit(
  global: SizingLayer,
  strategy: SizingLayer,
  scope: InheritScope = inheritScope(global),
): EffectiveSizing {
  if (strategy.size === 0) return scope.base;
  const shared = scope.shared.start();
  let mask = 0;
  for (const key in strategy.spelled) {
    const i = KEY_INDEX.get(key) ?? 0;
    mask |= 1 << i;
    shared.step(i, strategy.values[key as CanonicalKey]);
  }
  const known = shared.get();
  if (known !== undefined) return known;
  const values = { ...scope.base.values };
  for (const key in strategy.spelled) {
    const k = key as CanonicalKey;
    values[k] = strategy.values[k];
  }
  const sources = sourcesFor(scope, mask);
  return shared.set({ values, sources, method: canonicalMethodOf(values.method) });
}
