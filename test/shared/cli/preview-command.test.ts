import { describe, expect, it } from 'vitest';
import { SYNTAX_ERROR, fixture, json, run } from './memory-io.ts';

const DESK = { 'desk.json': fixture('desk.json') };

interface Row {
  name: string;
  price: number | null;
  size_usd: number | null;
  size_units: number | null;
  risk_usd: number | null;
  limits_applied: string[];
  band: unknown;
  error: string | null;
  engine: unknown;
}

function rows(doc: unknown): Row[] {
  return (doc as { strategies: Row[] }).strategies;
}

describe('preview-command', () => {
  describe('runPreview()', () => {
    it('prints SPEC §6 JSON with plain, unrounded numbers', async () => {
      const argv = ['preview', 'desk.json', '--equity', '10000', '--price', '100', '--json'];
      const result = await run([...argv, '--price', 'BTC-USD=50000'], DESK);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(json(result)).toEqual({
        equity: 10000,
        strategies: [
          {
            name: 'btc_fixed',
            market: 'BTC-USD',
            method: 'fixed_usd',
            price: 50000,
            size_usd: 1000,
            size_units: 0.02,
            risk_usd: 25,
            limits_applied: [],
            band: null,
            error: null,
            // No block: the global sizer, $1,000 fixed, under every limit.
            engine: {
              sizer: 'global',
              method: 'fixed_usd',
              size_usd: 1000,
              size_units: 0.02,
              trades: true,
              not_traded: null,
              why: [],
            },
          },
          {
            name: 'eth_risk',
            market: 'ETH-USD',
            method: 'risk_based',
            price: 100,
            size_usd: 2500,
            size_units: 25,
            risk_usd: 100,
            limits_applied: [],
            band: { min_usd: 1250, max_usd: 5000 },
            error: null,
            // The live path's 10 % stop, not the 4 %: 10,000 × 0.01 / (100 × 0.10) = 10 units.
            engine: {
              sizer: 'strategy',
              method: 'risk_based',
              size_usd: 1000,
              size_units: 10,
              trades: true,
              not_traded: null,
              why: ['fixed-stop'],
            },
          },
          {
            name: 'sol_percent',
            market: 'SOL-USD',
            method: 'percent_equity',
            price: 100,
            size_usd: 0.07 * 10000,
            size_units: (0.07 * 10000) / 100,
            risk_usd: 0.07 * 10000 * 0.05,
            limits_applied: [],
            band: null,
            error: null,
            // The engine's order of operations: units first (E × pct × s / P), then × P.
            engine: {
              sizer: 'strategy',
              method: 'percent_equity',
              size_usd: ((10000 * 0.07 * 1) / 100) * 100,
              size_units: (10000 * 0.07 * 1) / 100,
              trades: false,
              not_traded: 'disabled',
              why: [],
            },
          },
        ],
        // Only enabled strategies count: sol_percent is disabled.
        total_usd: 3500,
        // The engine trades btc_fixed's $1,000 and eth_risk's $1,000.
        engine_total_usd: 2000,
      });
      expect(result.stdout).toContain('"size_usd": 700.0000000000001');
    });

    it('gives every row exactly the keys of SPEC §6', async () => {
      const argv = ['preview', 'desk.json', '--equity', '10000', '--price', '100', '--json'];
      const doc = json(await run(argv, DESK)) as Record<string, unknown>;
      expect(Object.keys(doc)).toEqual(['equity', 'strategies', 'total_usd', 'engine_total_usd']);
      for (const row of rows(doc)) {
        expect(Object.keys(row)).toEqual([
          'name',
          'market',
          'method',
          'price',
          'size_usd',
          'size_units',
          'risk_usd',
          'limits_applied',
          'band',
          'error',
          'engine',
        ]);
        expect(Object.keys(row.engine as object)).toEqual([
          'sizer',
          'method',
          'size_usd',
          'size_units',
          'trades',
          'not_traded',
          'why',
        ]);
      }
    });

    it('uses a market price where given and the default price elsewhere', async () => {
      const argv = ['preview', 'desk.json', '--equity', '10000', '--json'];
      const result = await run([...argv, '--price', 'ETH-USD=2000', '--price', '50'], DESK);
      expect(rows(json(result)).map((r) => [r.name, r.price])).toEqual([
        ['btc_fixed', 50],
        ['eth_risk', 2000],
        ['sol_percent', 50],
      ]);
    });

    it('leaves a market without a price unsized, names it on stderr and exits 2', async () => {
      const argv = ['preview', 'desk.json', '--equity', '10000', '--price', 'BTC-USD=50000'];
      const result = await run([...argv, '--json'], DESK);
      expect(result.code).toBe(2);
      const eth = rows(json(result))[1];
      expect(eth).toMatchObject({ price: null, size_usd: null, error: 'missing-price' });
      expect(result.stderr).toBe(
        'spark-config: no price for ETH-USD, SOL-USD: add --price MARKET=P for each, or a default --price P.\n',
      );
    });

    it('warns about a price for a market no strategy trades', async () => {
      const argv = ['preview', 'desk.json', '--equity', '1000', '--price', '10'];
      const result = await run([...argv, '--price', 'ETH-USDT=3000'], DESK);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        'spark-config: no strategy trades ETH-USDT: its --price is unused.\n',
      );
    });

    it('scales every size by --strength, given as a fraction or a percent', async () => {
      const base = ['preview', 'desk.json', '--equity', '10000', '--price', '100', '--json'];
      for (const strength of ['0.5', '50%']) {
        const doc = json(await run([...base, '--strength', strength], DESK));
        expect(rows(doc).map((r) => r.size_usd)).toEqual([500, 1250, 350.00000000000006]);
      }
    });

    it('lists each limit that changed the size, in SPEC §4 order', async () => {
      const base = ['preview', 'desk.json', '--price', '100', '--json'];
      const rich = rows(json(await run([...base, '--equity', '100000'], DESK)));
      expect(rich.map((r) => [r.size_usd, r.limits_applied])).toEqual([
        [1000, []],
        [5000, ['max_position_size_usd']],
        [5000, ['max_position_size_usd']],
      ]);
      const poor = rows(json(await run([...base, '--equity', '800'], DESK)));
      expect(poor[0]).toMatchObject({ size_usd: 800, limits_applied: ['max_leverage'] });
    });

    it('exits 1 and leaves a strategy unsized when its sizing has an error', async () => {
      const argv = ['preview', 'b.json', '--equity', '10000', '--price', '100', '--json'];
      const result = await run(argv, { 'b.json': fixture('broken.json') });
      expect(result.code).toBe(1);
      expect(rows(json(result)).map((r) => [r.name, r.size_usd, r.error])).toEqual([
        ['no_risk_set', null, 'missing-parameter'],
        ['twin', 100, null],
        ['twin', 200, null],
      ]);
      expect(result.stderr).toContain('b.json has 2 errors:');
    });

    it('prints an empty preview for a config that does not parse and exits 1', async () => {
      const argv = ['preview', 's.json', '--equity', '10000', '--price', '100', '--json'];
      const result = await run(argv, { 's.json': SYNTAX_ERROR });
      expect(result.code).toBe(1);
      expect(json(result)).toEqual({
        equity: 10000,
        strategies: [],
        total_usd: 0,
        engine_total_usd: 0,
      });
    });

    it('shows an aligned table in dollars, with units, risk, band and a total', async () => {
      const argv = ['preview', 'desk.json', '--equity', '10000', '--price', '100'];
      const result = await run([...argv, '--price', 'BTC-USD=50000'], DESK);
      expect(result.stdout).toMatchInlineSnapshot(`
        "Equity $10,000.00, signal strength 100 %

          Strategy     Market   Method               Price  Engine USD  Guide USD  Engine units  Guide risk USD  Guide limits  Risk band
          btc_fixed    BTC-USD  fixed_usd       $50,000.00   $1,000.00                 0.02 BTC          $25.00
        ≠ eth_risk     ETH-USD  risk_based         $100.00   $1,000.00  $2,500.00        10 ETH         $100.00                $1,250.00 – $5,000.00
          sol_percent  SOL-USD  percent_equity     $100.00     $700.00                    7 SOL          $35.00                                       not traded: disabled

        eth_risk: engine trades $1,000.00, not $2,500.00 — it sizes risk_based with a 10 % stop, whatever stop_loss_pct says

        Total the engine trades: $2,000.00 (2 of 3 strategies; 1 strategy not counted: disabled)
        That is 20 % of equity ($10,000.00) · 20 % of equity × leverage 1 ($10,000.00).
        Guide total: $3,500.00 (35 % of equity; 1 strategy not counted: disabled)
        "
      `);
    });

    it('names the limits and the errors in the table', async () => {
      const desk = await run(
        ['preview', 'desk.json', '--equity', '100000', '--price', '100'],
        DESK,
      );
      expect(desk.stdout).toMatch(/eth_risk .* \$5,000\.00 .* max size /);
      const argv = ['preview', 'b.json', '--equity', '10000', '--price', '100'];
      const broken = await run(argv, { 'b.json': fixture('broken.json') });
      // The guide withholds its size; the engine sizes the strategy all the same.
      expect(broken.stdout).toMatch(
        /≠ no_risk_set .* \$2,000\.00 +— .* guide: missing-parameter\n/,
      );
      expect(broken.stdout).toContain(
        '(0 of 3 strategies; 3 strategies not counted: the engine does not start)',
      );
      expect(broken.stdout).toContain('(3 % of equity; 1 strategy not counted: errors)');
    });

    it('colours only on a terminal without NO_COLOR', async () => {
      const argv = ['preview', 'desk.json', '--equity', '10000', '--price', '100'];
      expect((await run(argv, DESK, { isTTY: true })).stdout).toContain('\u001b[1m');
      expect((await run(argv, DESK, { isTTY: false })).stdout).not.toContain('\u001b[');
      const noColor = await run(argv, DESK, { isTTY: true, env: { NO_COLOR: 'yes' } });
      expect(noColor.stdout).not.toContain('\u001b[');
    });
  });
});
