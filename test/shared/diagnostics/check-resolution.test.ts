import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { checkResolution } from '../../../shared/diagnostics/check-config.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveCompactly, resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { anyConfig } from '../engine/engine-arbitraries.ts';
import { repeatedBlocksConfig, textOf } from '../repeated-blocks.ts';
import { checkConfig as checkConfigReference } from './reference/check-config.ts';

// analyzeText checks the strategies through one cursor moved from strategy to strategy, over a
// compact resolution, and makes the rows only when they are read: what it finds and the rows it
// gives must be what one pass per check finds over rows made up front.

const anyFile = fc.oneof(repeatedBlocksConfig, anyConfig);

describe('diagnostics/check-config over a compact resolution', () => {
  it('finds what one pass per check finds over rows, in the same order (property)', () => {
    fc.assert(
      fc.property(anyFile, (c) => {
        const value = parseText(textOf(c)).value;
        const resolution = resolveCompactly(value);
        const engine = resolveEngine(value, { blockIds: resolution.blockIds });
        const found = checkResolution(value, resolution, engine);
        const expected = checkConfigReference(
          value,
          resolveStrategies(value),
          resolveEngine(value),
        );
        expect(found).toEqual(expected);
        expect(JSON.stringify(found)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 500 },
    );
  });

  it('gives, when first asked after the checks, the rows resolving gives (property)', () => {
    fc.assert(
      fc.property(anyFile, (c) => {
        const analysis = analyzeText(textOf(c));
        const rows = analysis.strategies;
        expect(rows).toEqual(resolveStrategies(analysis.config));
        // Read again, the same rows: a view that keeps them sees no new ones.
        expect(analysis.strategies).toBe(rows);
      }),
      { numRuns: 300 },
    );
  });
});
