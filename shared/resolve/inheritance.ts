import type { CanonicalKey, Method } from '../sizing-keys.ts';
import { CANONICAL_KEYS, DEFAULTS, canonicalMethodOf } from '../sizing-keys.ts';
import type { SizingLayer } from './sizing-layer.ts';

/** Where an effective value comes from: the strategy, the global block, or a built-in default. */
export type Source = 'strategy' | 'global' | 'default';

/** A strategy's sizing after inheritance, with the source of every value. */
export interface EffectiveSizing {
  readonly values: Readonly<Partial<Record<CanonicalKey, unknown>>>;
  readonly sources: Readonly<Partial<Record<CanonicalKey, Source>>>;
  /** The canonical method, or undefined when the effective method is not a known method. */
  readonly method: Method | undefined;
}

/** SPEC §3: each key from the first layer that sets it — strategy, then global, then default. */
export function inherit(global: SizingLayer, strategy: SizingLayer): EffectiveSizing {
  const values: Partial<Record<CanonicalKey, unknown>> = {};
  const sources: Partial<Record<CanonicalKey, Source>> = {};
  for (const key of CANONICAL_KEYS) {
    if (strategy.values.has(key)) {
      values[key] = strategy.values.get(key);
      sources[key] = 'strategy';
    } else if (global.values.has(key)) {
      values[key] = global.values.get(key);
      sources[key] = 'global';
    } else if (DEFAULTS[key] !== undefined) {
      values[key] = DEFAULTS[key];
      sources[key] = 'default';
    }
  }
  return { values, sources, method: canonicalMethodOf(values.method) };
}
