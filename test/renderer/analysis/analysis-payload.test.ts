import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { fromPayload, toPayload } from '../../../renderer/analysis/analysis-payload.ts';

const TEXT = `{
  // a comment makes the slow parse and a warning
  "position_sizing": { "method": "fixed_usd", "fixed_amount_usd": 1000 },
  "strategies": [
    { "name": "a", "market": "BTC-USD" },
    { "name": "b", "position_sizing": { "method": "risk_based" } },
    { "name": "c", "position_sizing": { "fixed_amount_usd": -5 } }
  ]
}`;

/** What a worker's reply turns into on the page: a structured clone, as postMessage makes. */
function throughWorker(text: string) {
  return fromPayload(text, false, structuredClone(toPayload(analyzeText(text))));
}

describe('analysis-payload', () => {
  describe('toPayload() and fromPayload()', () => {
    it('survive a structured clone with the same config, strategies and diagnostics', () => {
      const direct = analyzeText(TEXT);
      const rebuilt = throughWorker(TEXT);
      expect(rebuilt.text).toBe(TEXT);
      expect(rebuilt.config).toEqual(direct.config);
      expect(rebuilt.strategies).toEqual(direct.strategies);
      expect(rebuilt.diagnostics).toEqual(direct.diagnostics);
      expect(rebuilt.parsed.strict).toBe(false);
      expect(rebuilt.parsed.drafts).toEqual(direct.parsed.drafts);
      expect(rebuilt.diagnostics.length).toBeGreaterThan(0);
    });

    it('keep each strategy raw entry the same object as in the config', () => {
      const rebuilt = throughWorker(TEXT);
      const list = (rebuilt.config as { strategies: unknown[] }).strategies;
      expect(rebuilt.strategies[1]?.raw).toBe(list[1]);
    });

    it('build the syntax tree only when asked, once', () => {
      const rebuilt = throughWorker(TEXT);
      const tree = rebuilt.parsed.tree();
      expect(tree).toEqual(parseText(TEXT).tree());
      expect(rebuilt.parsed.tree()).toBe(tree);
    });

    it('carry a text that does not parse', () => {
      const rebuilt = throughWorker('{ "strategies": [ }');
      expect(rebuilt.config).toBeUndefined();
      expect(rebuilt.strategies).toEqual([]);
      expect(rebuilt.diagnostics[0]?.code).toBe('syntax');
    });
  });
});
