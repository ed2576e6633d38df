import type { CanonicalKey, Method } from '../sizing-keys.ts';
import { CANONICAL_KEYS, DEFAULTS, canonicalMethodOf } from '../sizing-keys.ts';
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

const inheritedCache = new WeakMap<SizingLayer, EffectiveSizing>();

/** What a strategy that overrides nothing gets: global values over built-in defaults. */
function inheritedFromGlobal(global: SizingLayer): EffectiveSizing {
  const cached = inheritedCache.get(global);
  if (cached !== undefined) return cached;
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
  const effective = { values, sources, method: canonicalMethodOf(values.method) };
  inheritedCache.set(global, effective);
  return effective;
}

/** SPEC §3: each key from the first layer that sets it — strategy, then global, then default. */
export function inherit(global: SizingLayer, strategy: SizingLayer): EffectiveSizing {
  const base = inheritedFromGlobal(global);
  if (strategy.size === 0) return base;
  const values = { ...base.values };
  const sources = { ...base.sources };
  for (const key in strategy.spelled) {
    const k = key as CanonicalKey;
    values[k] = strategy.values[k];
    sources[k] = 'strategy';
  }
  return { values, sources, method: canonicalMethodOf(values.method) };
}
