import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../../../shared/analyze.ts';
import { expandInheritance } from '../../../shared/export/expand-inheritance.ts';
import { exportConfig } from '../../../shared/export/export-config.ts';
import { toStrictJson } from '../../../shared/export/strict-json.ts';
import { generateJsonc } from '../../bench/generate-config.ts';
import { ENGINE_READY, ENGINE_READY_MEMBERS, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';
import { hostileArb } from '../hostile-jsonc.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';
import { TIDY_GLOBAL, withOwnParameters } from './tidy-sizing.ts';

/**
 * A config without errors, one the engine starts with: a complete global block, valid
 * overrides in the engine's method names, unknown keys anywhere.
 */
function validConfig() {
  const override = fc
    .record(
      {
        method: fc.constantFrom(
          'fixed_usd',
          'risk_based',
          'percent_equity',
          'fixed_units',
          'kelly_criterion',
        ),
        max_leverage: fc.double({ min: 0.1, max: 10, noNaN: true }),
        risk_per_trade_pct: fc.double({ min: 0.001, max: 1, noNaN: true }),
        x_unknown: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    )
    .map(withOwnParameters);
  const strategy = fc.record(
    {
      stop_loss_pct: fc.double({ min: 0.5, max: 50, noNaN: true }),
      position_sizing: override,
      x_extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      strategies: fc.array(
        fc.tuple(fc.constantFrom('ETH-USD', 'BTC-USD'), strategy).map(([market, s]) => ({
          market,
          ...ON_EXCHANGE,
          ...s,
        })),
        { maxLength: 4 },
      ),
      x_root: fc.jsonValue({ maxDepth: 3 }),
    })
    .map(({ strategies, x_root }) => ({
      log_level: 'INFO',
      ...ENGINE_READY,
      position_sizing: TIDY_GLOBAL,
      strategies: strategies.map((s, i) => ({ name: `s${i}`, ...s })),
      x_root,
    }));
}

describe('export/export-config', () => {
  describe('exportConfig()', () => {
    it('writes strict JSON of the same value for mixed-inheritance.jsonc, despite its warnings', () => {
      const text = fixtureText('mixed-inheritance.jsonc');
      const result = exportConfig(analyzeText(text));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(JSON.parse(result.text)).toEqual(analyzeText(text).config);
      expect(result.text).toContain('"telemetry": { "enabled": false }');
    });

    it('writes a strict file back byte for byte', () => {
      const text = fixtureText('all-methods.json');
      expect(exportConfig(analyzeText(text))).toEqual({ ok: true, text });
    });

    it('refuses a config with errors and says how many', () => {
      const analysis = analyzeText(
        `{${ENGINE_READY_MEMBERS}, "position_sizing": {"method": "x", "max_leverage": 0}}`,
      );
      const result = exportConfig(analysis);
      expect(result).toMatchObject({
        ok: false,
        message: 'The exported config would have 3 errors; fix them before exporting.',
      });
      // "x" is no method of the guide's, nor of the engine's (which sizes it as fixed_usd).
      expect(result.ok ? [] : result.errors.map((d) => d.code)).toEqual([
        'unknown-method',
        'engine-unknown-method',
        'range',
      ]);
    });

    it('refuses a text that does not parse, and a non-object config behind a comment', () => {
      expect(exportConfig(analyzeText('{"a": ')).ok).toBe(false);
      const result = exportConfig(analyzeText('// c\n[1]'));
      expect(result).toMatchObject({
        ok: false,
        message: 'The exported config would have 1 error; fix them before exporting.',
      });
    });

    it('keeps a "__proto__" key as data', () => {
      const text = `{"__proto__": {"polluted": true}, ${ENGINE_READY_MEMBERS}, "log_level": "INFO"}`;
      expect(exportConfig(analyzeText(text))).toEqual({ ok: true, text });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('exports any unedited valid document to its value, comments or not (property)', () => {
      fc.assert(
        fc.property(
          validConfig(),
          noiseArb(),
          fc.constantFrom(0, 2, '\t'),
          (config, noise, indent) => {
            const strict = JSON.stringify(config, null, indent);
            const plain = exportConfig(analyzeText(strict));
            expect(plain).toEqual({ ok: true, text: strict });
            const jsonc = exportConfig(analyzeText(withNoise(strict, noise)));
            expect(jsonc.ok).toBe(true);
            if (jsonc.ok) expect(JSON.parse(jsonc.text)).toStrictEqual(JSON.parse(strict));
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  describe('on hostile spellings', () => {
    it('reads a BOM, escaped and duplicated keys, odd number spellings and mixed line endings, and exports only what JSON.parse reads back as the config (property)', () => {
      fc.assert(
        fc.property(
          hostileArb(validConfig().map((c) => JSON.stringify(c, null, 2))),
          fc.boolean(),
          noiseArb(),
          (text, bom, noise) => {
            const jsonc = withNoise(text, noise);
            const bytes = new TextEncoder().encode(bom ? `\uFEFF${jsonc}` : jsonc);
            const analysis = analyzeBytes(bytes);
            expect(analysis.bom).toBe(bom);
            expect(analysis.config).toEqual(analyzeText(jsonc).config);
            const result = exportConfig(analysis);
            const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
            expect(result.ok).toBe(errors.length === 0);
            if (!result.ok) return;
            expect(result.text.startsWith('\uFEFF')).toBe(false);
            expect(JSON.parse(result.text)).toEqual(analysis.config);
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  describe('with --expand-inheritance in one pass', () => {
    it('writes exactly what expanding and then stripping would (property)', () => {
      fc.assert(
        fc.property(
          validConfig(),
          noiseArb(),
          fc.constantFrom(0, 2, '\t'),
          (config, noise, indent) => {
            const analysis = analyzeText(withNoise(JSON.stringify(config, null, indent), noise));
            const result = exportConfig(analysis, { expandInheritance: true });
            expect(result.ok).toBe(true);
            if (result.ok) expect(result.text).toBe(toStrictJson(expandInheritance(analysis)));
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  describe('on a large JSONC file', () => {
    // Each edit used to rebuild the whole text: 19 s at 10,000 strategies, 38 s expanded. Linear
    // work takes well under a second; the bound leaves room for a loaded machine.
    it('exports 10,000 strategies with a comment and a trailing comma each, plain and expanded, in seconds', () => {
      const analysis = analyzeText(generateJsonc(10_000));
      const started = performance.now();
      const plain = exportConfig(analysis);
      const expanded = exportConfig(analysis, { expandInheritance: true });
      const seconds = (performance.now() - started) / 1000;
      expect(plain.ok && expanded.ok).toBe(true);
      if (plain.ok) expect(JSON.parse(plain.text)).toEqual(analysis.config);
      expect(seconds).toBeLessThan(8);
    }, 30_000);
  });
});
