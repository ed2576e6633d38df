import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { run } from './memory-io.ts';

// A config the engine starts with, written with the guide's spellings: three fixable problems.
const GUIDE = `{
  "exchanges": [{ "name": "hyperliquid", "enabled": true }],
  "indicators": [{ "name": "rsi_1h", "type": "rsi", "enabled": true }],
  "position_sizing": {
    "method": "fixed_usd",
    "fixed_amount_usd": 750,
    "equity_percentage": 0.1,
    "max_position_size_usd": 5000
  },
  "strategies": [
    {
      "name": "kelly_btc",
      "market": "BTC-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "position_sizing": { "method": "kelly", "kelly_win_rate": 0.55, "kelly_avg_win": 2, "kelly_avg_loss": 1 }
    },
    {
      "name": "pct_eth",
      "market": "ETH-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "position_sizing": { "method": "percent_equity" }
    }
  ]
}
`;

// What the three fixes must write, and nothing else: the global key renamed in place, the
// engine's name for the Kelly method, and the global 10 % set on the strategy that needs it.
const FIXED = GUIDE.replace('"fixed_amount_usd": 750', '"fixed_usd_amount": 750')
  .replace('"method": "kelly"', '"method": "kelly_criterion"')
  .replace(
    '{ "method": "percent_equity" }',
    '{ "method": "percent_equity", "equity_percentage": 0.1 }',
  );

describe('fix-command', () => {
  describe('runFix()', () => {
    it('prints the fixes as a unified diff, exits 1 and writes nothing without --write', async () => {
      const result = await run(['fix', 'c.json'], { 'c.json': GUIDE });
      expect(result.code).toBe(1);
      expect(result.io.writes).toEqual([]);
      expect(result.stdout.split('\n').slice(0, 2)).toEqual(['--- c.json', '+++ c.json (fixed)']);
      expect(result.stdout).toContain(
        '-    "fixed_amount_usd": 750,\n+    "fixed_usd_amount": 750,',
      );
      expect(result.stdout).toContain('+      "position_sizing": { "method": "kelly_criterion"');
      expect(result.stdout).toContain(
        '+      "position_sizing": { "method": "percent_equity", "equity_percentage": 0.1 }',
      );
      expect(result.stderr).toContain('3 fixes to apply; run with --write');
    });

    it('writes the fixed text after a backup of the original, changing only the fixed bytes', async () => {
      const result = await run(['fix', 'c.json', '--write'], { 'c.json': GUIDE });
      expect(result.code).toBe(0);
      expect(result.io.writes).toEqual(['c.json']);
      expect(result.io.files.get('c.json.backup.20250314_090507')).toBe(GUIDE);
      expect(result.stdout).toContain('(backup: c.json.backup.20250314_090507)');
      expect(result.io.files.get('c.json')).toBe(FIXED);
      const after = analyzeText(FIXED);
      expect(after.diagnostics.filter((d) => d.fix !== undefined)).toEqual([]);
      expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('applies only the codes given with --only', async () => {
      const result = await run(['fix', 'c.json', '--write', '--only', 'engine-unknown-method'], {
        'c.json': GUIDE,
      });
      expect(result.code).toBe(0);
      expect(result.io.files.get('c.json')).toBe(
        GUIDE.replace('"method": "kelly"', '"method": "kelly_criterion"'),
      );
    });

    it('says there is nothing to fix and exits 0 when no diagnostic has a fix (near miss)', async () => {
      const result = await run(['fix', 'c.json', '--write'], { 'c.json': FIXED });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('Nothing to fix in c.json.\n');
      expect(result.io.writes).toEqual([]);
    });

    it('leaves the file untouched when the backup cannot be written', async () => {
      const result = await run(
        ['fix', 'c.json', '--write'],
        { 'c.json': GUIDE },
        { writeFails: 'disk full' },
      );
      expect(result.code).toBe(2);
      expect(result.io.writes).toEqual([]);
      expect(result.io.files.get('c.json')).toBe(GUIDE);
      expect(result.stderr).toContain('no backup could be written (disk full)');
    });

    it('refuses a file that does not parse, and an unknown --only code', async () => {
      const broken = await run(['fix', 'c.json'], { 'c.json': '{ "a": ' });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('cannot be read as JSON');
      const unknown = await run(['fix', 'c.json', '--only', 'engine-typo'], { 'c.json': GUIDE });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('--only engine-typo: no such code.');
    });
  });
});
