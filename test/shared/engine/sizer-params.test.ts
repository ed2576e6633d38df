import { describe, expect, it } from 'vitest';
import { ENGINE_PARAM_KEYS } from '../../../shared/engine/engine-keys.ts';
import { paramIndex, paramsOver, tagged } from '../../../shared/engine/sizer-params.ts';

// The switch and the class write ENGINE_PARAM_KEYS' order out by hand, for speed: these tests
// are what tie them to the list, so that a key added or moved there cannot be read as another.
describe('a sizer’s twelve values', () => {
  it('finds each key at its index in ENGINE_PARAM_KEYS, and nothing else', () => {
    expect(ENGINE_PARAM_KEYS.map((key) => paramIndex(key))).toEqual(
      ENGINE_PARAM_KEYS.map((_, i) => i),
    );
    for (const other of ['method', 'fixed_amount_usd', 'percent_equity', '', '__proto__'])
      expect(paramIndex(other)).toBeUndefined();
  });

  it('gives each key its own value, set or inherited, in ENGINE_PARAM_KEYS’ order', () => {
    const inherited = tagged(ENGINE_PARAM_KEYS.map((key) => `inherited ${key}`));
    const set = ENGINE_PARAM_KEYS.map((key) => `set ${key}`);
    const evenSet = ENGINE_PARAM_KEYS.reduce(
      (mask, _, i) => (i % 2 === 0 ? mask | (1 << i) : mask),
      0,
    );
    const params = paramsOver(inherited, evenSet, set);
    expect(Object.keys(params)).toEqual([...ENGINE_PARAM_KEYS]);
    ENGINE_PARAM_KEYS.forEach((key, i) =>
      expect(params[key]).toBe(i % 2 === 0 ? `set ${key}` : `inherited ${key}`),
    );
  });
});
