/** Lookups before a cache may judge whether storing pays. */
export const TRIAL_LOOKUPS = 512;

/**
 * Whether a cache of results that strategies share is paying its way: after a fair trial, one
 * lookup in four must find a stored result, or the cache stores nothing more (until the share
 * of finds recovers). In a file whose strategies share nothing, each entry stored is allocation
 * and table growth that no later strategy reuses, and cost a quarter of such a file's analysis.
 */
export class SharingTrial {
  private lookups = 0;
  private found = 0;

  /** Counts one lookup, and whether it found a stored result. */
  looked(found: boolean): void {
    this.lookups++;
    if (found) this.found++;
  }

  /** True while storing a new result may pay. */
  get storing(): boolean {
    return this.lookups <= TRIAL_LOOKUPS || this.found * 4 >= this.lookups;
  }
}

/** A Map that stops storing when its {@link SharingTrial} says storing does not pay. */
export class TrialMap<K, V> {
  private readonly map = new Map<K, V>();
  private readonly trial = new SharingTrial();

  get(key: K): V | undefined {
    const value = this.map.get(key);
    this.trial.looked(value !== undefined);
    return value;
  }

  /** True while storing a new entry may pay: when false, {@link set} stores nothing. */
  get storing(): boolean {
    return this.trial.storing;
  }

  /** Stores `value` when storing pays; returns it either way. */
  set(key: K, value: V): V {
    if (this.trial.storing) this.map.set(key, value);
    return value;
  }
}
