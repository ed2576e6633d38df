import { describe, expect, it } from 'vitest';
import { analyzeText, indexStrategyErrors } from '../../../shared/analyze.ts';
import { previewAll } from '../../../shared/sizing/preview.ts';
import {
  againstEquityText,
  engineLeftOutText,
  guideLeftOutText,
  previewTotals,
} from '../../../shared/sizing/preview-totals.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';

const fixed = (amount: number) => ({
  method: 'fixed_usd',
  fixed_usd_amount: amount,
  max_position_size_usd: 50_000,
});

/** One strategy per way of dropping out of a total, and one that trades. */
const CONFIG = {
  ...ENGINE_READY,
  position_sizing: { ...fixed(1000), max_leverage: 3 },
  strategies: [
    { name: 'trades', market: 'BTC-USD', ...ON_EXCHANGE },
    { name: 'off', market: 'BTC-USD', enabled: false, ...ON_EXCHANGE },
    { name: 'too-big', market: 'BTC-USD', ...ON_EXCHANGE, position_sizing: fixed(20_000) },
    { name: 'unpriced', market: 'SOL-USD', ...ON_EXCHANGE },
    { name: 'negative', market: 'BTC-USD', ...ON_EXCHANGE, position_sizing: fixed(-5) },
  ],
};

function totalsOf(config: unknown, equity = 10_000) {
  const analysis = analyzeText(JSON.stringify(config));
  const preview = previewAll(analysis, indexStrategyErrors(analysis), {
    equity,
    prices: { 'BTC-USD': 50_000 },
  });
  return previewTotals(preview, analysis);
}

describe('previewTotals', () => {
  it('says which strategies each total leaves out, and why', () => {
    const totals = totalsOf(CONFIG);
    // Only "trades" reaches the engine's total: $1,000 of fixed_usd_amount.
    expect(totals.engine).toMatchObject({ total_usd: 1000, trading: 1 });
    // "too-big" is $20,000 against $10,000 of equity: validate_trade drops it.
    expect(engineLeftOutText(totals)).toBe(
      '1 strategy not counted: disabled; 1 strategy not counted: no price; ' +
        '1 strategy not counted: size $0.00; 1 strategy not counted: above equity: the engine drops it',
    );
    // The guide counts "trades" and "too-big": $1,000 + $20,000.
    expect(totals.guide).toMatchObject({ total_usd: 21_000, counted: 2 });
    expect(guideLeftOutText(totals)).toBe(
      '1 strategy not counted: errors; 1 strategy not counted: disabled; ' +
        '1 strategy not counted: no price',
    );
  });

  it('sets the engine total against equity and equity × the global max_leverage', () => {
    // $1,000 of $10,000 is 10 %; of 3 × $10,000 = $30,000 it is 3.333… → 3.33 %.
    expect(againstEquityText(totalsOf(CONFIG))).toBe(
      '10 % of equity ($10,000.00) · 3.33 % of equity × leverage 3 ($30,000.00)',
    );
  });

  it('leaves the leverage out when the engine cannot read it as a number', () => {
    const config = { ...CONFIG, position_sizing: { ...fixed(1000), max_leverage: 'x' } };
    expect(totalsOf(config).leverage).toBeUndefined();
    expect(againstEquityText(totalsOf(config))).not.toContain('leverage');
  });

  it('says every strategy is out when the engine does not start', () => {
    const noExchanges: Record<string, unknown> = { ...CONFIG };
    delete noExchanges.exchanges;
    const totals = totalsOf(noExchanges);
    expect(totals.engine).toMatchObject({ total_usd: 0, trading: 0 });
    expect(engineLeftOutText(totals)).toBe('5 strategies not counted: the engine does not start');
  });

  it('says nothing when every strategy counts', () => {
    const totals = totalsOf({ ...CONFIG, strategies: CONFIG.strategies.slice(0, 1) });
    expect(engineLeftOutText(totals)).toBe('');
    expect(guideLeftOutText(totals)).toBe('');
  });
});
