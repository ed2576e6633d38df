import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';
import { analyzeConfig, lineColumnOf, withCode } from '../analyze-config.ts';

const SIZING = { position_sizing: { fixed_amount_usd: 10, max_position_size_usd: 100 } };

describe('diagnostics/reference-checks', () => {
  describe('duplicateStrategies()', () => {
    it('reports the second strategy with a name, at its name', () => {
      const text = `{
  "strategies": [
    { "name": "eth" },
    { "name": "btc" },
    { "name": "eth" }
  ]
}`;
      const [d, ...rest] = withCode(analyzeText(text), 'duplicate-strategy');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['strategies', 2, 'name'],
        start: { line: 5, column: 15 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy name "eth" is already used by strategies[0]: names must be unique."`,
      );
    });

    it('reports every repeat, and treats names as case-sensitive (near miss)', () => {
      const analysis = analyzeConfig({
        ...SIZING,
        strategies: [{ name: 'a' }, { name: 'a' }, { name: 'A' }, { name: 'a' }],
      });
      expect(withCode(analysis, 'duplicate-strategy').map((d) => d.path[1])).toEqual([1, 3]);
    });

    it('handles a strategy named "__proto__" like any other name', () => {
      const analysis = analyzeText(
        '{"strategies": [{"name": "__proto__"}, {"name": "__proto__"}, {"name": "constructor"}]}',
      );
      expect(withCode(analysis, 'duplicate-strategy').map((d) => d.path[1])).toEqual([1]);
    });
  });

  describe('unknownIndicators()', () => {
    it('reports an indicator name missing from indicators[], at the name', () => {
      const analysis = analyzeConfig({
        ...SIZING,
        indicators: [{ name: 'rsi_1h' }],
        strategies: [{ name: 'eth', indicators: ['rsi_1h', 'macd_4h'] }],
      });
      const [d, ...rest] = withCode(analysis, 'unknown-indicator');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['strategies', 0, 'indicators', 1],
        start: lineColumnOf(analysis.text, '"macd_4h"'),
      });
      expect(d?.message).toMatchInlineSnapshot(
        `"Strategy "eth" uses indicator "macd_4h", which is not defined in indicators[]."`,
      );
    });

    it('checks nothing when the config has no indicators[] (near miss)', () => {
      const analysis = analyzeConfig({
        ...SIZING,
        strategies: [{ name: 'eth', indicators: ['x'] }],
      });
      expect(withCode(analysis, 'unknown-indicator')).toEqual([]);
    });

    it('finds every indicator of engine-spellings.json', () => {
      expect(
        withCode(analyzeText(fixtureText('engine-spellings.json')), 'unknown-indicator'),
      ).toEqual([]);
    });
  });

  describe('literalSecrets()', () => {
    it('warns on a key or secret written in the file, at the value', () => {
      const analysis = analyzeConfig({
        exchanges: [
          { name: 'coinbase', api_key: 'abc123', api_secret: '${COINBASE_API_SECRET}' },
          { exchange_type: 'hyperliquid', private_key: '0xdeadbeef' },
        ],
      });
      const found = withCode(analysis, 'literal-secret');
      expect(found.map((d) => [d.severity, d.path])).toEqual([
        ['warning', ['exchanges', 0, 'api_key']],
        ['warning', ['exchanges', 1, 'private_key']],
      ]);
      expect(found[1]?.start).toEqual(lineColumnOf(analysis.text, '"0xdeadbeef"'));
      expect(found[0]?.message).toMatchInlineSnapshot(
        `"Exchange "coinbase": api_key is written in the file. Use an environment variable such as \${API_KEY} so the secret never sits in config.json."`,
      );
    });

    it('accepts ${ENV_VAR} references, empty values and non-secret keys (near misses)', () => {
      const analysis = analyzeConfig({
        exchanges: [
          {
            name: 'hl',
            private_key: '${PRIVATE_KEY}',
            api_key: '',
            wallet_address: '0xabc',
            testnet: '${HYPERLIQUID_TESTNET}',
          },
        ],
      });
      expect(withCode(analysis, 'literal-secret')).toEqual([]);
    });

    it('does not take a partial reference for an environment variable', () => {
      const analysis = analyzeConfig({ exchanges: [{ name: 'x', api_secret: 'pre${SECRET}' }] });
      expect(withCode(analysis, 'literal-secret')).toHaveLength(1);
    });
  });
});
