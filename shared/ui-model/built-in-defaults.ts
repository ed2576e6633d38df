import type { CanonicalKey } from '../sizing-keys.ts';
import { DEFAULTS } from '../sizing-keys.ts';

/** The value a global key has when the file does not set it: SPEC §3's defaults and its 5 % stop. */
export function builtInDefault(key: CanonicalKey): string | number | undefined {
  return key === 'default_stop_loss_pct' ? 0.05 : DEFAULTS[key];
}

/**
 * A value the global block sets away from the built-in one (VS Code's "modified"): any value
 * for a key without a default, one that differs for a key with one.
 */
export function isModifiedFromDefault(key: CanonicalKey, value: unknown): boolean {
  if (value === undefined) return false;
  return !Object.is(value, builtInDefault(key));
}
