import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../shared/schema/config-schema.ts';
import { validateConfig } from '../../../shared/schema/validate.ts';
import { SIZING_SPELLINGS } from '../sizing-spellings.ts';

/** Values of every kind, valid or not for the field they land in. */
const anyValue = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, 2, 100, 99.9, 1.5, '1', '', 'kelly', 'fixed_usd', 'x', true, null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant([]),
  fc.constant({}),
);

const sizingKeys = [...SIZING_SPELLINGS, 'other'];
const block = fc.dictionary(fc.constantFrom(...sizingKeys), anyValue, { maxKeys: 5 });
const strategy = fc.oneof(
  fc.record(
    {
      name: anyValue,
      market: anyValue,
      enabled: anyValue,
      stop_loss_pct: anyValue,
      indicators: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 2 })),
      position_sizing: fc.oneof(block, anyValue),
      risk_adjustment: fc.oneof(
        fc.record(
          {
            enabled: anyValue,
            performance_window: anyValue,
            min_risk_pct: anyValue,
            max_risk_pct: anyValue,
          },
          { requiredKeys: [] },
        ),
        anyValue,
      ),
      hedge_ratio: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
const config = fc.oneof(
  fc.record(
    {
      position_sizing: fc.oneof(block, anyValue),
      strategies: fc.oneof(fc.array(strategy, { maxLength: 3 }), anyValue),
      indicators: fc.oneof(fc.array(fc.record({ name: anyValue }, { requiredKeys: [] })), anyValue),
      exchanges: fc.array(fc.record({ name: anyValue, enabled: anyValue }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

const paths = (issues: readonly { path: readonly PropertyKey[] }[]) =>
  [...new Set(issues.map((i) => JSON.stringify(i.path)))].sort();

describe('schema/validate', () => {
  describe('validateConfig()', () => {
    it('accepts a valid config', () => {
      expect(
        validateConfig({
          position_sizing: { method: 'kelly', kelly_win_rate: 0.6 },
          strategies: [
            {
              name: 'a',
              stop_loss_pct: 2,
              risk_adjustment: { enabled: true, performance_window: 20 },
            },
          ],
        }),
      ).toEqual([]);
    });

    it('reports a fractional performance_window as not a whole number', () => {
      expect(
        validateConfig({
          strategies: [{ name: 'a', risk_adjustment: { performance_window: 2.5 } }],
        }),
      ).toEqual([
        {
          code: 'invalid_type',
          path: ['strategies', 0, 'risk_adjustment', 'performance_window'],
          expected: 'integer',
        },
      ]);
    });

    it('finds a problem exactly where the zod schema does, for any config (property)', () => {
      fc.assert(
        fc.property(config, (value) => {
          const zod = ConfigSchema.safeParse(value);
          const expected = zod.success ? [] : paths(zod.error.issues);
          expect(paths(validateConfig(value))).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    });
  });
});
