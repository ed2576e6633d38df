import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRIAL_LOOKUPS, TrialMap } from '../../shared/sharing-trial.ts';

describe('TrialMap', () => {
  it('finds only what was stored under the same key, and stores everything during the trial', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: TRIAL_LOOKUPS }),
        (keys) => {
          const map = new TrialMap<number, string>();
          const plain = new Map<number, string>();
          keys.forEach((key, n) => {
            const found = map.get(key);
            expect(found).toBe(plain.get(key));
            if (found === undefined) {
              map.set(key, `#${n}`);
              plain.set(key, `#${n}`);
            }
          });
        },
      ),
    );
  });

  it('stops storing when fewer than one lookup in four found something, and starts again when they do', () => {
    const map = new TrialMap<number, number>();
    for (let n = 0; n <= TRIAL_LOOKUPS; n++) if (map.get(n) === undefined) map.set(n, n);
    map.set(-1, -1);
    expect(map.get(-1)).toBeUndefined();
    expect(map.get(3)).toBe(3);
    // Finds of what it holds bring the share of finds back above a quarter.
    for (let n = 0; n < TRIAL_LOOKUPS; n++) map.get(n % 10);
    map.set(-1, -1);
    expect(map.get(-1)).toBe(-1);
  });
});
