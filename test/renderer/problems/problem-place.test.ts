import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../shared/analyze.ts';
import { analyzeBytes, analyzeText } from '../../../shared/analyze.ts';
import type { DiagnosticCode } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../../../shared/diagnostics/diagnostic.ts';
import type { ProblemPlace } from '../../../renderer/problems/problem-place.ts';
import type { Selection } from '../../../renderer/state/ui-store.ts';
import { problemPlace } from '../../../renderer/problems/problem-place.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';

const GLOBAL = { method: 'fixed_usd', fixed_usd_amount: 1000, max_position_size_usd: 5000 };

function config(strategies: object[], root: object = {}): string {
  return JSON.stringify({
    ...ENGINE_READY,
    position_sizing: GLOBAL,
    strategies: strategies.map((s, i) => ({
      name: `s${i}`,
      market: 'ETH-USD',
      ...ON_EXCHANGE,
      ...s,
    })),
    ...root,
  });
}

const strategy = (index: number) => ({ kind: 'strategy', index }) as const;
const field = (selection: Selection, id: string) => ({ kind: 'field', selection, id }) as const;
const text = (selection: ProblemPlace['selection']) => ({ kind: 'text', selection }) as const;
const GLOBAL_SEL = { kind: 'global' } as const;

/** Per SPEC §5 code: an analysis that reports it, and where its (first) problem leads. */
const CASES: Record<DiagnosticCode, readonly [Analysis, ProblemPlace][]> = {
  syntax: [[analyzeText('{"strategies": ['), text(null)]],
  encoding: [[analyzeBytes(new Uint8Array([0x7b, 0xff, 0x7d])), text(null)]],
  'not-strict-json': [[analyzeText(`// note\n${config([{}])}`), text(null)]],
  bom: [[analyzeText(config([{}]), true), text(null)]],
  'duplicate-key': [
    [analyzeText(config([{}]).replace('"name":"s0"', '"name":"s0","name":"t"')), text(strategy(0))],
  ],
  type: [
    [analyzeText(config([{ enabled: 'no' }])), field(strategy(0), 'field-strategy-0-enabled')],
    [analyzeText(JSON.stringify({ ...ENGINE_READY, strategies: 5 })), text(null)],
  ],
  range: [
    [
      analyzeText(config([{ position_sizing: { max_position_size_usd: -5 } }])),
      field(strategy(0), 'field-strategy-0-sizing-max_position_size_usd'),
    ],
  ],
  'unknown-method': [
    [
      analyzeText(config([], { position_sizing: { ...GLOBAL, method: 'foo' } })),
      field(GLOBAL_SEL, 'field-global-method'),
    ],
  ],
  'missing-parameter': [
    [
      analyzeText(config([{ position_sizing: { method: 'risk_based' } }])),
      field(strategy(0), 'field-strategy-0-sizing-risk_per_trade_pct'),
    ],
  ],
  'alias-conflict': [
    [
      analyzeText(config([], { position_sizing: { ...GLOBAL, fixed_amount_usd: 7 } })),
      field(GLOBAL_SEL, 'field-global-fixed_amount_usd'),
    ],
  ],
  'duplicate-strategy': [
    [
      analyzeText(config([{ name: 'a' }, { name: 'a' }])),
      field(strategy(1), 'field-strategy-1-name'),
    ],
  ],
  'unknown-indicator': [
    [
      analyzeText(config([{ indicators: ['rsi_1h', 'nope'] }])),
      field(strategy(0), 'field-strategy-0-indicators'),
    ],
  ],
  'min-above-max': [
    [
      analyzeText(config([{ position_sizing: { min_position_size_usd: 9000 } }])),
      field(strategy(0), 'field-strategy-0-sizing-min_position_size_usd'),
    ],
  ],
  'no-max-limit': [
    [
      analyzeText(config([{}], { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 1 } })),
      field(strategy(0), 'field-strategy-0-sizing-max_position_size_usd'),
    ],
  ],
  'always-capped': [
    [
      analyzeText(config([{ position_sizing: { fixed_usd_amount: 9000 } }])),
      field(strategy(0), 'field-strategy-0-sizing-fixed_amount_usd'),
    ],
  ],
  'unused-strategy-risk': [[analyzeText(config([{ risk_per_trade_pct: 0.5 }])), text(strategy(0))]],
  'suspicious-unit': [
    [
      analyzeText(config([{ stop_loss_pct: 0.03 }])),
      field(strategy(0), 'field-strategy-0-stop_loss_pct'),
    ],
  ],
  'risk-band': [
    [
      analyzeText(
        config([{ risk_adjustment: { enabled: true, min_risk_pct: 0.5, max_risk_pct: 0.1 } }]),
      ),
      field(strategy(0), 'field-strategy-0-risk_adjustment_enabled'),
    ],
  ],
  'literal-secret': [
    [
      analyzeText(
        config([], { exchanges: [{ name: 'hyperliquid', exchange_type: 'x', api_key: 'abc123' }] }),
      ),
      text({ kind: 'section', key: 'exchanges' }),
    ],
  ],
  'engine-start': [
    [analyzeText(JSON.stringify({ strategies: [] })), text(null)],
    [
      analyzeText(config([{ exchange: undefined }])),
      field(strategy(0), 'field-strategy-0-exchange'),
    ],
    [analyzeText(config([{ market: 'ETHUSD' }])), field(strategy(0), 'field-strategy-0-market')],
    [
      analyzeText(config([], { max_account_risk_pct: 'x' })),
      text({ kind: 'section', key: 'max_account_risk_pct' }),
    ],
  ],
  'engine-ignored-key': [
    [
      analyzeText(config([{ position_sizing: { method: 'percent_equity', percent_equity: 0.2 } }])),
      field(strategy(0), 'field-strategy-0-sizing-percent_equity'),
    ],
  ],
  'engine-unknown-method': [
    [
      analyzeText(config([{ position_sizing: { method: 'kelly' } }])),
      field(strategy(0), 'field-strategy-0-sizing-method'),
    ],
  ],
  'engine-not-inherited': [
    [
      analyzeText(
        config([{ position_sizing: { method: 'percent_equity' } }], {
          position_sizing: { ...GLOBAL, equity_percentage: 0.2 },
        }),
      ),
      field(strategy(0), 'field-strategy-0-sizing-percent_equity'),
    ],
  ],
  'engine-block-ignored': [
    [
      analyzeText(
        config([{ position_sizing: { method: 'fixed_usd' } }], {
          position_sizing: { ...GLOBAL, method: 'percent_equity', equity_percentage: 0.1 },
        }),
      ),
      field(GLOBAL_SEL, 'field-global-method'),
    ],
  ],
  'engine-fixed-stop': [
    [
      analyzeText(
        config([{ position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.01 } }]),
      ),
      field(strategy(0), 'field-strategy-0-stop_loss_pct'),
    ],
  ],
  'engine-root-cap': [
    [
      analyzeText(config([], { max_position_size_usd: 3000 })),
      text({ kind: 'section', key: 'max_position_size_usd' }),
    ],
  ],
  'engine-unused': [
    [
      analyzeText(config([{ risk_adjustment: { enabled: false } }])),
      field(strategy(0), 'field-strategy-0-risk_adjustment_enabled'),
    ],
    [analyzeText(config([{ max_position_size: 0.5 }])), text(strategy(0))],
  ],
};

describe('problem-place', () => {
  describe('problemPlace()', () => {
    it('has a case for every SPEC §5 code', () => {
      expect(Object.keys(CASES).sort()).toEqual(Object.keys(SEVERITY_OF).sort());
    });

    for (const [code, cases] of Object.entries(CASES)) {
      it(`leads a ${code} problem to where it is shown`, () => {
        for (const [analysis, place] of cases) {
          const d = analysis.diagnostics.find((x) => x.code === code);
          expect(d, `${code} in ${analysis.text.slice(0, 80)}`).toBeDefined();
          if (d !== undefined) expect(problemPlace(d, analysis)).toEqual(place);
        }
      });
    }
  });
});
