import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setSizingValue } from '../../../shared/edits/sizing-edits.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import type { CanonicalKey } from '../../../shared/sizing-keys.ts';
import { CANONICAL_KEYS } from '../../../shared/sizing-keys.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

const FIXTURES = [
  'mixed-inheritance.jsonc',
  'engine-spellings.json',
  'all-methods.json',
  'risk-band.json',
].map(fixtureText);
const EXTRA = [
  '{}',
  '[]',
  '{"strategies": [1, {"name": "a"}]}',
  '{"position_sizing": 5, "strategies": [{"position_sizing": []}]}',
  '{ "a": 1, }',
  '{ broken',
];

describe('edits/sizing-edits', () => {
  describe('setSizingValue() with the parsed config given', () => {
    it('gives exactly the edits it gives parsing the text itself, for any target, key and value', () => {
      const texts = fc.constantFrom(...FIXTURES, ...EXTRA);
      const target = fc.oneof(
        fc.constant({ kind: 'global' } as const),
        fc.nat({ max: 4 }).map((index) => ({ kind: 'strategy', index }) as const),
      );
      const key = fc.constantFrom<CanonicalKey>(...CANONICAL_KEYS);
      const value = fc.oneof(fc.double({ noNaN: true }), fc.constant('risk_based'), fc.boolean());
      fc.assert(
        fc.property(texts, target, key, value, (text, t, k, v) => {
          const config = parseText(text).value;
          expect(setSizingValue(text, t, k, v, config)).toEqual(setSizingValue(text, t, k, v));
        }),
        { numRuns: 500 },
      );
    });
  });
});
