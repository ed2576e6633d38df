import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { referenceGlobal, referenceStrategy } from '../reference/engine-reference.ts';

// `enabled` values Python reads differently from JavaScript: 0 and -0 disable, "0", "false",
// [0] and {"a": 0} enable, [] and {} and "" disable.
const enabled = fc.constantFrom<unknown>(
  undefined,
  true,
  false,
  0,
  -0,
  1,
  '1',
  '0',
  'false',
  '',
  null,
  [],
  [0],
  {},
  { a: 0 },
);
const block = fc.constantFrom<unknown>(
  undefined,
  { method: 'fixed_usd', fixed_usd_amount: 500 },
  { method: 'fixed_usd', fixed_usd_amount: 500.0 },
  { method: 'risk_based', risk_per_trade_pct: 0.01 },
  { fixed_usd_amount: 0 },
  { fixed_usd_amount: -0 },
);

const configs = fc
  .array(fc.record({ enabled, block, named: fc.boolean() }), { minLength: 1, maxLength: 16 })
  .map((picks) => ({
    exchanges: [{ name: 'hyperliquid' }],
    strategies: picks.map((p, i) => ({
      ...(p.named ? { name: `s${i}` } : {}),
      ...(p.enabled === undefined ? {} : { enabled: p.enabled }),
      ...(p.block === undefined ? {} : { position_sizing: p.block }),
    })),
  }));

describe('engine strategies shared between strategies', () => {
  it('keep each strategy its own enabled flag and sizer, whatever the others hold', () => {
    fc.assert(
      fc.property(configs, (config) => {
        const model = resolveEngine(config);
        const global = referenceGlobal(config).sizer;
        model.strategies.forEach((es, i) => {
          const want = referenceStrategy(global, config.strategies[i]);
          expect(es.enabled).toBe(want.enabled);
          expect(es.sizer.sizer).toBe(want.sizer);
          expect({ ...es.sizer.config.params }).toEqual(want.config.params);
        });
      }),
      { numRuns: 300 },
    );
  });
});
