import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { previewAll } from '../../../shared/sizing/preview.ts';
import { sameRow, sizingRowModel, sourceTitle } from '../../../renderer/sizing/sizing-row-model.ts';

const CONFIG = (fixed: number) =>
  JSON.stringify({
    position_sizing: { method: 'fixed_usd', fixed_amount_usd: fixed, max_position_size_usd: 5000 },
    strategies: [
      { name: 'a', market: 'BTC-USD', stop_loss_pct: 2 },
      {
        name: 'b',
        market: 'ETH-USD',
        position_sizing: { method: 'percent_equity', percent_equity: 0.1 },
      },
    ],
  });

const NO_ERRORS = { all: () => [], sizing: () => [] };

function rows(fixed: number) {
  const analysis = analyzeText(CONFIG(fixed));
  const preview = previewAll(analysis, NO_ERRORS, {
    equity: 10_000,
    defaultPrice: 100,
  });
  const keys = ['method', 'fixed_amount_usd', 'percent_equity'] as const;
  return analysis.strategies.map((s, i) => sizingRowModel(s, keys, preview.strategies[i], 0));
}

describe('sizing-row-model', () => {
  describe('sizingRowModel()', () => {
    it('shows each value as text with its source, and what the engine trades in money', () => {
      const [a] = rows(1000);
      // The engine's global sizer never reads fixed_amount_usd: it trades its default $1,000,
      // which happens to be the guide's figure too; 10 BTC at $100; 2 % stop → $20 at risk.
      expect(a).toMatchObject({
        name: 'a',
        market: 'BTC-USD',
        enabled: true,
        engineUsd: '$1,000.00',
        engineUnits: '10 BTC',
        riskUsd: '$20.00',
        limits: '',
        guideUsd: '$1,000.00',
        diverges: false,
        why: '',
        notTraded: 'engine won’t start',
        errorText: '—',
        flagged: false,
      });
      expect(a?.cells).toEqual([
        { key: 'method', source: 'global', unused: false, text: 'fixed_usd' },
        { key: 'fixed_amount_usd', source: 'global', unused: false, text: '$1,000.00' },
        { key: 'percent_equity', source: undefined, unused: true, text: '—' },
      ]);
    });

    it('shows a dash for every size without a preview, and the error count', () => {
      const analysis = analyzeText(CONFIG(1000));
      const s = analysis.strategies[0];
      if (s === undefined) throw new Error('no strategy');
      const row = sizingRowModel(s, ['method'], undefined, 2);
      expect(row).toMatchObject({
        engineUsd: '—',
        engineUnits: '—',
        guideUsd: '—',
        riskUsd: '—',
        errorText: '2',
        flagged: true,
      });
    });

    it('says in words why the engine and the guide differ', () => {
      const [, b] = rows(1000);
      // b's percent_equity (0.1) is never read: the engine trades its default 5 % of 10,000 = $500;
      // the guide 10 % = $1,000.
      expect(b).toMatchObject({
        engineUsd: '$500.00',
        engineUnits: '5 ETH',
        guideUsd: '$1,000.00',
        diverges: true,
        why: 'guide spelling',
      });
      expect(b?.whyTitle).toContain('never reads fixed_amount_usd or percent_equity');
    });
  });

  describe('sameRow()', () => {
    it('is true for rows of two analyses of the same text', () => {
      const [a1, b1] = rows(1000);
      const [a2, b2] = rows(1000);
      expect(a1 && a2 && sameRow(a1, a2)).toBe(true);
      expect(b1 && b2 && sameRow(b1, b2)).toBe(true);
    });

    it('is false only for the rows whose shown text changed', () => {
      const [a1, b1] = rows(1000);
      const [a2, b2] = rows(1500);
      expect(a1 && a2 && sameRow(a1, a2)).toBe(false);
      // b sizes by percent of equity, but still shows the inherited fixed amount.
      expect(b1 && b2 && sameRow(b1, b2)).toBe(false);
      expect(b1 && b2 && sameRow(b1, { ...b2, cells: b1.cells })).toBe(true);
    });
  });

  describe('sourceTitle()', () => {
    it('says where a value comes from', () => {
      expect(sourceTitle('fixed_amount_usd', 'global')).toBe('Fixed amount (USD): from global');
      expect(sourceTitle('fixed_amount_usd', undefined)).toBe('not set');
    });
  });
});
