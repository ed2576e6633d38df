import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../shared/diagnostics/check-config.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { generateConfig } from '../../bench/generate-config.ts';
import { anyConfig } from '../engine/engine-arbitraries.ts';
import { checkConfig as checkConfigReference } from './reference/check-config.ts';
import { SIZING_SPELLINGS } from '../sizing-spellings.ts';

/** Values of every kind, valid or not for the field they land in. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(
    0,
    1,
    -1,
    0.3,
    0.5,
    2,
    3,
    100,
    '1',
    '',
    'kelly',
    'risk_based',
    true,
    null,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant([]),
  fc.constant({}),
);

const SIZING = [...SIZING_SPELLINGS, 'other'];
const band = fc.oneof(fc.constantFrom(0.005, 0.01, 0.03, 0.5, 2), anyValue);
const block = fc.dictionary(fc.constantFrom(...SIZING), anyValue, { maxKeys: 6 });
const name = fc.constantFrom<unknown>('a', 'b', 'a', '', 3, null);
const strategy = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        name,
        enabled: anyValue,
        stop_loss_pct: anyValue,
        risk_per_trade_pct: anyValue,
        max_position_size_usd: anyValue,
        indicators: fc.oneof(
          anyValue,
          fc.array(fc.constantFrom<unknown>('rsi', 'macd', 4), { maxLength: 3 }),
        ),
        position_sizing: fc.oneof(block, block, anyValue),
        risk_adjustment: fc.oneof(
          fc.record(
            {
              enabled: fc.oneof(fc.constant(true), anyValue),
              min_risk_pct: band,
              max_risk_pct: band,
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);
const wildConfig = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        position_sizing: fc.oneof(block, anyValue),
        max_position_size_usd: anyValue,
        strategies: fc.oneof(fc.array(strategy, { maxLength: 5 }), anyValue),
        indicators: fc.oneof(
          fc.array(fc.record({ name: fc.constantFrom<unknown>('rsi', 7) })),
          anyValue,
        ),
        exchanges: fc.array(
          fc.record(
            { name: anyValue, api_key: fc.constantFrom('', 'abc', '${KEY}') },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** The checks' findings with and without the engine model, as plain data. */
function findings(check: typeof checkConfig, config: unknown): unknown {
  const strategies = resolveStrategies(config);
  return {
    withEngine: check(config, strategies, resolveEngine(config)),
    guideOnly: check(config, strategies),
  };
}

describe('diagnostics/check-config', () => {
  it('finds what one pass per check finds, in the same order, for any config (property)', () => {
    fc.assert(
      fc.property(fc.oneof(wildConfig, anyConfig), (config) => {
        expect(findings(checkConfig, config)).toEqual(findings(checkConfigReference, config));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds what one pass per check finds when many strategies share a sizing that fires', () => {
    // Shared sizings are judged once: every strategy that shares one must still get its findings.
    const config = generateConfig(300) as { position_sizing: Record<string, unknown> } & {
      strategies: Record<string, unknown>[];
    };
    delete config.position_sizing.max_position_size_usd;
    delete config.position_sizing.fixed_usd_amount;
    config.strategies.forEach((s, i) => {
      const block = s.position_sizing as Record<string, unknown> | undefined;
      if (block !== undefined && i % 6 === 1)
        Object.assign(block, { min_position_size_usd: 9000, max_position_size_usd: 100 });
      if (block !== undefined && i % 9 === 2) block.percent_equity = 15;
      if (i % 11 === 3) s.stop_loss_pct = 0.25;
    });
    const found = findings(checkConfig, config);
    expect(found).toEqual(findings(checkConfigReference, config));
    const codes = new Set(
      (found as { withEngine: { code: string }[] }).withEngine.map((d) => d.code),
    );
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'min-above-max',
        'missing-parameter',
        'no-max-limit',
        'suspicious-unit',
      ]),
    );
  });

  it('reads a "__proto__" or "constructor" key as data, never through it (edge)', () => {
    const trap =
      '{"risk_adjustment": {"enabled": true, "min_risk_pct": 5, "max_risk_pct": 1}, "risk_per_trade_pct": 7, "max_position_size": 1, "indicators": ["x"], "stop_loss_pct": 0.2}';
    for (const text of [
      `{"indicators": [], "strategies": [{"name": "a", "__proto__": ${trap}}, {"name": "b", "position_sizing": {"__proto__": {"percent_equity": 5}, "constructor": 3}}]}`,
      `{"strategies": [{"name": "constructor", "constructor": ${trap}}, {"name": "constructor"}]}`,
    ]) {
      // The JSONC reader builds its own objects: a comment sends the text there.
      const jsonc = parseText(`// jsonc\n${text}`).value;
      for (const value of [JSON.parse(text) as unknown, parseText(text).value, jsonc]) {
        expect(findings(checkConfig, value)).toEqual(findings(checkConfigReference, value));
      }
    }
  });

  it('finds what one pass per check finds on a large realistic config', () => {
    const config = generateConfig(2000);
    expect(findings(checkConfig, config)).toEqual(findings(checkConfigReference, config));
  });
});
