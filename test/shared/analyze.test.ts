import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText, indexStrategyErrors } from '../../shared/analyze.ts';
import { SAMPLE_CONFIG_TEXT } from '../../shared/sample-config.ts';
import { ENGINE_READY, ENGINE_READY_MEMBERS, ON_EXCHANGE } from '../fixtures/engine-ready.ts';
import { fixtureText } from '../fixtures/read-fixture.ts';
import { analyzeConfig, codesOf, withCode } from './analyze-config.ts';

describe('analyze', () => {
  describe('analyzeText()', () => {
    it('finds nothing wrong with a complete, capped config', () => {
      // fixed_usd in the engine's spelling: risk_based would draw engine-fixed-stop.
      const analysis = analyzeConfig({
        ...ENGINE_READY,
        position_sizing: {
          method: 'fixed_usd',
          fixed_usd_amount: 500,
          max_position_size_usd: 5000,
        },
        strategies: [{ ...ON_EXCHANGE, name: 'eth', market: 'ETH-USD', stop_loss_pct: 3 }],
      });
      expect(analysis.diagnostics).toEqual([]);
      expect(analysis.strategies.map((s) => s.name)).toEqual(['eth']);
    });

    it('sorts diagnostics by their position in the text', () => {
      const analysis = analyzeText(fixtureText('risk-band.json').replace('"risk_based"', '"x"'));
      const offsets = analysis.diagnostics.map((d) => d.range.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      expect(codesOf(analysis)[0]).toBe('unknown-method');
    });

    it('reports a list instead of an object even when the file has comments', () => {
      const analysis = analyzeText('// my config\n[1, 2]');
      expect(codesOf(analysis)).toEqual(['not-strict-json', 'type']);
      expect(withCode(analysis, 'type')[0]).toMatchObject({
        severity: 'error',
        path: [],
        start: { line: 2, column: 1 },
      });
    });

    it('reports a number too large once, not also as a wrong type', () => {
      const analysis = analyzeText(
        `{${ENGINE_READY_MEMBERS}, "position_sizing": {"max_leverage": 1e400}}`,
      );
      expect(codesOf(analysis)).toEqual(['range']);
    });

    it('reports a duplicated sizing key once, as duplicate-key', () => {
      const analysis = analyzeText(
        `{${ENGINE_READY_MEMBERS}, "position_sizing": {"max_leverage": 2, "max_leverage": -1}}`,
      );
      expect(codesOf(analysis)).toEqual(['duplicate-key']);
    });

    it('keeps the text and the BOM flag it was given', () => {
      const analysis = analyzeText('{}', true);
      expect([analysis.text, analysis.bom]).toEqual(['{}', true]);
    });

    it('analyzes the built-in sample without errors, sized as its comments say', () => {
      const analysis = analyzeText(SAMPLE_CONFIG_TEXT);
      expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const [btc, eth, sol] = analysis.strategies;
      expect(btc?.sizing.values).toMatchObject({
        fixed_amount_usd: 1000,
        max_position_size_usd: 5000,
      });
      expect(eth?.sizing.values).toMatchObject({ method: 'risk_based', risk_per_trade_pct: 0.02 });
      expect(eth?.stop.fraction).toBeCloseTo(0.04, 12);
      expect(sol?.sizing.values).toMatchObject({
        method: 'percent_equity',
        max_position_size_usd: 15_000,
      });
    });

    it('never throws, whatever the text (property)', () => {
      const jsonish = fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ':',
          ',',
          '/',
          '*',
          '\n',
          '1',
          'e',
          '-',
          'a',
          ' ',
          '\\',
        ),
        maxLength: 60,
      });
      fc.assert(
        fc.property(fc.oneof(jsonish, fc.string()), (text) => {
          const analysis = analyzeText(text);
          for (const d of analysis.diagnostics) {
            expect(d.start.line).toBeGreaterThanOrEqual(1);
            expect(d.start.column).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('analyzeBytes()', () => {
    it('reads UTF-8 and keeps the BOM, warning that the engine rejects it', () => {
      const text = `{${ENGINE_READY_MEMBERS}}`;
      const analysis = analyzeBytes(
        Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      );
      expect([analysis.text, analysis.bom]).toEqual([text, true]);
      expect(analysis.diagnostics).toMatchObject([
        { code: 'bom', severity: 'warning', path: [], start: { line: 1, column: 1 } },
      ]);
    });

    it('says nothing of a BOM it was not given (near miss)', () => {
      const analysis = analyzeBytes(new TextEncoder().encode(`{${ENGINE_READY_MEMBERS}}`));
      expect([analysis.bom, analysis.diagnostics]).toEqual([false, []]);
    });

    it('reports invalid UTF-8 as one encoding error with the bad byte line and column', () => {
      const good = new TextEncoder().encode('{\r\n  "name": "caf');
      const analysis = analyzeBytes(Uint8Array.from([...good, 0xe9, 0x22, 0x7d]));
      expect(analysis.config).toBeUndefined();
      expect(analysis.diagnostics).toHaveLength(1);
      expect(analysis.diagnostics[0]).toMatchObject({
        code: 'encoding',
        severity: 'error',
        path: [],
        start: { line: 2, column: 15 },
      });
    });
  });

  describe('indexStrategyErrors()', () => {
    const on = { ...ON_EXCHANGE, market: 'ETH-USD' };
    const analysis = analyzeConfig({
      ...ENGINE_READY,
      position_sizing: { method: 'fixed_usd', fixed_usd_amount: -5, max_position_size_usd: 1000 },
      strategies: [
        { ...on, name: 'inherits' },
        { ...on, name: 'overrides', position_sizing: { fixed_usd_amount: 100 } },
        { ...on, name: 'overrides' },
        { ...on, name: 'broken', position_sizing: { max_leverage: 0, fixed_usd_amount: 10 } },
      ],
    });
    const index = indexStrategyErrors(analysis);
    const byName = (i: number) => analysis.strategies[i]!;

    it('gives a strategy the errors of the global values it inherits', () => {
      expect(index.sizing(byName(0))).toEqual(['range']);
      expect(index.sizing(byName(1))).toEqual([]);
    });

    it('gives a strategy its own errors, sizing ones apart from the others', () => {
      expect(index.all(byName(2))).toEqual(['duplicate-strategy', 'range']);
      expect(index.sizing(byName(2))).toEqual(['range']); // the inherited -5, not the name
      expect(index.sizing(byName(3))).toEqual(['range']);
    });

    it('gives every strategy the error of a global block that is not an object', () => {
      const broken = analyzeConfig({ position_sizing: 5, strategies: [{ name: 'a' }] });
      expect(indexStrategyErrors(broken).sizing(broken.strategies[0]!)).toContain('type');
    });
  });
});
