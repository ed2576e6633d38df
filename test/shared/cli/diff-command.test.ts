import { describe, expect, it } from 'vitest';
import type { SizingDiff } from '../../../shared/diff/sizing-diff.ts';
import { json, run } from './memory-io.ts';

const READY = {
  exchanges: [{ name: 'hyperliquid', enabled: true }],
  indicators: [{ name: 'rsi_1h', type: 'rsi', enabled: true }],
};
const ON = { exchange: 'hyperliquid', indicators: ['rsi_1h'] };

function config(globalAmount: number, names: readonly [string, string, string]): string {
  return JSON.stringify(
    {
      ...READY,
      position_sizing: {
        method: 'fixed_usd',
        fixed_usd_amount: globalAmount,
        max_position_size_usd: 5000,
        max_leverage: 2,
      },
      strategies: [
        { ...ON, name: names[0], market: 'BTC-USD' },
        {
          ...ON,
          name: names[1],
          market: 'ETH-USD',
          position_sizing: { max_position_size_usd: 900 },
        },
        { ...ON, name: names[2], market: 'SOL-USD', position_sizing: { fixed_usd_amount: 400 } },
      ],
    },
    null,
    2,
  );
}

const BEFORE = config(1000, ['btc', 'eth', 'sol']);
const INPUTS = ['--equity', '10000', '--price', '2000'];

describe('diff-command', () => {
  describe('runDiff()', () => {
    it('lists every strategy that inherits a changed global value, with sizes before and after', async () => {
      const result = await run(['diff', 'old.json', 'new.json', ...INPUTS, '--json'], {
        'old.json': BEFORE,
        'new.json': config(1500, ['btc', 'eth', 'sol']),
      });
      expect(result.code).toBe(1);
      const diff = json(result) as SizingDiff;
      const byName = new Map(diff.strategies.map((s) => [s.name, s]));
      // btc inherits all: $1,000 → $1,500 (under the $5,000 cap and 2 × 10,000), engine and guide alike.
      expect(byName.get('btc')?.values).toEqual([
        {
          key: 'fixed_amount_usd',
          before: 1000,
          after: 1500,
          source_before: 'global',
          source_after: 'global',
        },
      ]);
      expect(byName.get('btc')?.sizes).toEqual({
        before: { engine_usd: 1000, guide_usd: 1000 },
        after: { engine_usd: 1500, guide_usd: 1500 },
      });
      // eth has its own block: the engine passes fixed_usd_amount down (global method fixed_usd),
      // so both models move, and its own $900 cap holds both at $900.
      expect(byName.get('eth')?.status).toBe('changed');
      expect(byName.get('eth')?.engine).toEqual([
        {
          key: 'fixed_usd_amount',
          before: 1000,
          after: 1500,
          source_before: null,
          source_after: null,
        },
      ]);
      expect(byName.get('eth')?.sizes?.after).toEqual({ engine_usd: 900, guide_usd: 900 });
      // sol sets its own amount: nothing of its sizing changed.
      expect(byName.get('sol')).toMatchObject({
        status: 'unchanged',
        sizing_changed: false,
        values: [],
      });
      expect(diff.sizing_changed).toBe(true);
    });

    it('reports a renamed strategy as one removed and one added', async () => {
      const result = await run(['diff', 'old.json', 'new.json'], {
        'old.json': BEFORE,
        'new.json': config(1000, ['btc', 'eth_renamed', 'sol']),
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('eth_renamed (added)');
      expect(result.stdout).toContain('eth (removed)');
      expect(result.stdout).toContain(
        'Sizing changed for 2 strategies: 1 added, 1 removed, 0 changed.',
      );
      expect(result.stdout).not.toContain('btc (');
    });

    it('exits 0 when only keys that size nothing change (near miss)', async () => {
      const after = BEFORE.replace('"name": "btc"', '"name": "btc",\n      "notes": "reviewed"');
      const result = await run(['diff', 'old.json', 'new.json', ...INPUTS], {
        'old.json': BEFORE,
        'new.json': after,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('No strategy’s sizing changed.\n');
    });

    it('names diagnostics that appeared and went away', async () => {
      const after = BEFORE.replace('"fixed_usd_amount": 400', '"fixed_amount_usd": 400');
      const result = await run(['diff', '-', 'new.json'], { '-': BEFORE, 'new.json': after });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        '+ error engine-ignored-key: Strategy "sol": the engine never reads fixed_amount_usd',
      );
      // The guide reads both spellings alike; the engine loses the amount and takes the global $1,000.
      expect(result.stdout).toContain('engine fixed_usd_amount: 400 → 1000');
    });

    it('exits 2 for an unreadable side or two stdin sides', async () => {
      expect((await run(['diff', 'old.json', 'gone.json'], { 'old.json': BEFORE })).code).toBe(2);
      expect((await run(['diff', '-', '-'], { '-': BEFORE })).code).toBe(2);
      const broken = await run(['diff', 'old.json', 'new.json'], {
        'old.json': BEFORE,
        'new.json': '{',
      });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('new.json cannot be read as JSON');
    });
  });
});
