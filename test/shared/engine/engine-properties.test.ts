import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { applyAllFixes } from '../../../shared/edits/apply-fix.ts';
import { sameSize } from '../../../shared/engine/engine-why.ts';
import { expandInheritance } from '../../../shared/export/expand-inheritance.ts';
import { agreeingConfig, agreeingInputs, anyConfig, anyInputs } from './engine-arbitraries.ts';
import { previewOf } from './engine-config.ts';

describe('engine model properties', () => {
  it('sizes every strategy of any config, in either spelling, with a finite size ≥ 0', () => {
    fc.assert(
      fc.property(anyConfig, anyInputs, (config, inputs) => {
        for (const row of previewOf(config, inputs).strategies) {
          const size = row.engine?.size_usd;
          expect(typeof size).toBe('number');
          expect(Number.isFinite(size)).toBe(true);
          expect(size as number).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(row.engine?.size_units)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('has an empty why exactly when the engine and guide sizes are the same (no guide size counts as different)', () => {
    fc.assert(
      fc.property(anyConfig, anyInputs, (config, inputs) => {
        for (const row of previewOf(config, inputs).strategies) {
          const engine = row.engine;
          if (engine === null || engine.size_usd === null) throw new Error('no engine size');
          const same = row.size_usd !== null && sameSize(engine.size_usd, row.size_usd);
          expect({ name: row.name, emptyWhy: engine.why.length === 0 }).toEqual({
            name: row.name,
            emptyWhy: same,
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sizes like the guide under a fixed_usd or risk_based global with explicit limits, no root cap, engine spellings and no risk_based strategy', () => {
    fc.assert(
      fc.property(agreeingConfig, agreeingInputs, (config, inputs) => {
        for (const row of previewOf(config, inputs).strategies) {
          expect(row.error).toBeNull();
          const engine = row.engine?.size_usd;
          const guide = row.size_usd;
          expect({
            name: row.name,
            same: sameSize(engine ?? Number.NaN, guide ?? Number.NaN),
          }).toEqual({
            name: row.name,
            same: true,
          });
          expect(row.engine?.why).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no engine-ignored-key, engine-unknown-method or engine-not-inherited after every fix and an expanding export', () => {
    // Only method values with a fix: "foo", and an empty or null position_sizing_method, have none.
    const fixable = anyConfig.filter(
      (c) => !/"foo"|"position_sizing_method":(""|null)/.test(JSON.stringify(c)),
    );
    const codes = new Set(['engine-ignored-key', 'engine-unknown-method', 'engine-not-inherited']);
    fc.assert(
      fc.property(fixable, (config) => {
        const fixed = applyAllFixes(JSON.stringify(config, null, 2));
        const exported = analyzeText(expandInheritance(fixed.analysis));
        const left = exported.diagnostics.filter((d) => codes.has(d.code));
        expect(left.map((d) => [d.code, d.path])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("near miss of that law: the issue's condition alone (E × max_leverage ≥ max) is not enough", () => {
    // 20,000 > max 5,000 → 5,000, but 20,000 > 10,000 × 1 too → the engine's $10,000; the guide's $5,000.
    const config = {
      exchanges: [{ name: 'hyperliquid' }],
      indicators: [{ name: 'rsi', type: 'rsi' }],
      position_sizing: {
        method: 'fixed_usd',
        fixed_usd_amount: 20_000,
        max_position_size_usd: 5000,
        min_position_size_usd: 10,
        max_leverage: 1,
      },
      strategies: [{ name: 's', market: 'ETH-USD', exchange: 'hyperliquid', indicators: ['rsi'] }],
    };
    const [row] = previewOf(config, { equity: 10_000, defaultPrice: 3000 }).strategies;
    expect(row?.size_usd).toBe(5000);
    expect(row?.engine?.size_usd).toBe(10_000);
  });
});
