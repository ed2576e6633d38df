import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { expandInheritance } from '../../../shared/export/expand-inheritance.ts';
import { exportConfig } from '../../../shared/export/export-config.ts';
import { ENGINE_READY_MEMBERS } from '../../fixtures/engine-ready.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

/** SPEC §2: the guide's method aliases, which an expanded block writes as the engine's names. */
const ENGINE_METHOD_OF: Readonly<Record<string, string>> = {
  equity_percentage: 'percent_equity',
  kelly: 'kelly_criterion',
};

const effectiveOf = (text: string) =>
  analyzeText(text).strategies.map((s) => {
    const { method } = s.sizing.values;
    const named = typeof method === 'string' ? (ENGINE_METHOD_OF[method] ?? method) : method;
    return [s.name, { ...s.sizing.values, method: named }, s.stop.fraction];
  });

describe('export/expand-inheritance', () => {
  describe('expandInheritance()', () => {
    it('writes the full effective block into a strategy that inherits everything', () => {
      const text = `{
  "position_sizing": {"fixed_amount_usd": 100, "max_position_size_usd": 900},
  "strategies": [
    {
      "name": "a"
    }
  ]
}`;
      // SPEC §6: in the engine's spellings, the global block's guide spelling renamed too.
      expect(expandInheritance(analyzeText(text))).toBe(`{
  "position_sizing": {"fixed_usd_amount": 100, "max_position_size_usd": 900},
  "strategies": [
    {
      "name": "a",
      "position_sizing": {
        "method": "fixed_usd",
        "fixed_usd_amount": 100,
        "max_position_size_usd": 900
      }
    }
  ]
}`);
    });

    it("keeps the strategy own keys first, writes inherited ones in the engine's spelling, leaves out unread defaults", () => {
      const expanded = expandInheritance(analyzeText(fixtureText('engine-spellings.json')));
      const [, , sol] = analyzeText(expanded).strategies;
      // The global block spells it position_sizing_method; the engine's spelling is method.
      expect(Object.keys(sol?.raw?.position_sizing ?? {})).toEqual([
        'fixed_usd_amount',
        'method',
        'equity_percentage',
        'max_position_size_usd',
        'min_position_size_usd',
        'max_leverage',
      ]);
      const [, btc] = analyzeText(expanded).strategies;
      expect(btc?.raw?.position_sizing).toMatchObject({ kelly_max_position_pct: 0.25 });
    });

    it('leaves every strategy with the same effective sizing, now all from the strategy', () => {
      for (const name of [
        'mixed-inheritance.jsonc',
        'engine-spellings.json',
        'all-methods.json',
        'risk-band.json',
      ]) {
        const text = fixtureText(name);
        const expanded = expandInheritance(analyzeText(text));
        expect(effectiveOf(expanded)).toEqual(effectiveOf(text));
        for (const s of analyzeText(expanded).strategies) {
          const notOwn = Object.entries(s.sizing.sources).filter(
            ([, source]) => source !== 'strategy',
          );
          // Only the Kelly cap default stays implicit, on strategies that are not Kelly.
          const expected =
            s.sizing.method === 'kelly_criterion' ? [] : [['kelly_max_position_pct', 'default']];
          expect(notOwn).toEqual(expected);
        }
      }
    });

    it('keeps comments and unknown keys', () => {
      const expanded = expandInheritance(analyzeText(fixtureText('mixed-inheritance.jsonc')));
      expect(expanded).toContain('// No position_sizing: $750 fixed');
      expect(analyzeText(expanded).config).toMatchObject({
        telemetry: { enabled: false },
        bot_name: 'fixture-bot',
      });
    });

    it('writes every block as JSON.stringify would, whether its sizing repeats or not', () => {
      // 6,000 strategies with a value of their own each (24,000 members: past the bound on the
      // blocks kept, so later ones are written each time), then half of them sharing one sizing
      // (written once and reused) and half inheriting it all.
      for (const unique of [true, false]) {
        const strategies = Array.from({ length: 6000 }, (_, i) => ({
          name: `s${i}`,
          ...(unique || i % 2 === 0
            ? { position_sizing: { max_position_size_usd: unique ? 1000 + i : 1000 } }
            : {}),
        }));
        const config = {
          position_sizing: { method: 'fixed_usd', fixed_usd_amount: 100, max_leverage: 2 },
          strategies,
        };
        const expanded = expandInheritance(analyzeText(JSON.stringify(config, null, 2)));
        expect(expanded).toBe(JSON.stringify(JSON.parse(expanded), null, 2));
        const blocks = (JSON.parse(expanded) as typeof config).strategies.map(
          (s) => s.position_sizing,
        );
        expect(blocks[2]).toEqual({
          max_position_size_usd: unique ? 1002 : 1000,
          method: 'fixed_usd',
          fixed_usd_amount: 100,
          max_leverage: 2,
        });
        expect(blocks[5999]).toEqual(
          unique
            ? { ...blocks[2], max_position_size_usd: 6999 }
            : { method: 'fixed_usd', fixed_usd_amount: 100, max_leverage: 2 },
        );
      }
    });

    it('returns a text that does not parse unchanged', () => {
      expect(expandInheritance(analyzeText('{"a": '))).toBe('{"a": ');
    });
  });

  describe('exportConfig() with expandInheritance', () => {
    it('expands a file whose global block comes after the strategies, comments inside a block and all', () => {
      // The global block's rename used to be applied out of order: the output was garbled and
      // the export refused as not reproduced.
      const text = `{
  "strategies": [
    {
      "name": "a",
      "market": "ETH-USD", "exchange": "hyperliquid", "indicators": ["rsi_1h"],
      "position_sizing": {
        // its own amount
        "method": "fixed_usd", "fixed_usd_amount": 100,
      }
    }
  ],
  ${ENGINE_READY_MEMBERS},
  "position_sizing": {"method": "fixed_usd", "fixed_amount_usd": 100, "max_position_size_usd": 900}
}`;
      const result = exportConfig(analyzeText(text), { expandInheritance: true });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(JSON.parse(result.text)).toMatchObject({
        strategies: [
          {
            name: 'a',
            position_sizing: {
              method: 'fixed_usd',
              fixed_usd_amount: 100,
              max_position_size_usd: 900,
            },
          },
        ],
        position_sizing: { fixed_usd_amount: 100, max_position_size_usd: 900 },
      });
    });

    it('writes strict JSON where every strategy carries its full sizing', () => {
      const result = exportConfig(analyzeText(fixtureText('mixed-inheritance.jsonc')), {
        expandInheritance: true,
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const config = JSON.parse(result.text) as {
        strategies: { position_sizing: Record<string, unknown> }[];
      };
      // SPEC §6: in the engine's spellings, so that its partial inheritance cannot lose a value.
      expect(config.strategies[0]?.position_sizing).toEqual({
        method: 'fixed_usd',
        fixed_usd_amount: 750,
        risk_per_trade_pct: 0.01,
        max_position_size_usd: 4000,
        default_stop_loss_pct: 0.04,
      });
    });
  });
});
