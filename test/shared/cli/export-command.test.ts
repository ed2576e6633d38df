import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/run-cli.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';
import { SYNTAX_ERROR, fixture, memoryIo, run } from './memory-io.ts';

const COMMENTED = { 'c.jsonc': fixture('commented.jsonc') };

function written(
  result: { io: { files: Map<string, string | Uint8Array> } },
  path: string,
): unknown {
  const text = result.io.files.get(path);
  if (typeof text !== 'string') throw new Error(`${path} was not written as text`);
  return JSON.parse(text) as unknown;
}

describe('export-command', () => {
  describe('runExport()', () => {
    it('writes strict JSON without comments or trailing commas, keeping unknown keys', async () => {
      const result = await run(['export', 'c.jsonc', '--out', 'c.json'], COMMENTED);
      expect(result.code).toBe(0);
      expect(result.io.writes).toEqual(['c.json']);
      const text = result.io.files.get('c.json') as string;
      expect(text).not.toMatch(/\/\/|\/\*|,\s*[}\]]/);
      expect(written(result, 'c.json')).toEqual({
        bot_name: 'cli-fixture-commented',
        position_sizing: {
          method: 'fixed_usd',
          fixed_usd_amount: 750,
          risk_per_trade_pct: 0.01,
          max_position_size_usd: 4000,
        },
        strategies: [
          { ...ON_EXCHANGE, name: 'inherits_all', market: 'BTC-USD' },
          {
            ...ON_EXCHANGE,
            name: 'own_risk',
            market: 'ETH-USD',
            position_sizing: { method: 'risk_based' },
          },
        ],
        ...ENGINE_READY,
        custom_section: { untouched: true },
      });
      expect(result.stdout).toBe(
        'Wrote strict JSON to c.json (2 strategies).\n' +
          '2 warnings remain; see spark-config check c.jsonc\n',
      );
    });

    it('keeps a strict file byte for byte', async () => {
      const desk = fixture('desk.json');
      const result = await run(['export', 'd.json', '--out', 'out.json'], { 'd.json': desk });
      expect(result.code).toBe(0);
      expect(result.io.files.get('out.json')).toBe(desk);
    });

    it('gives every strategy its full effective position_sizing with --expand-inheritance', async () => {
      const argv = ['export', 'c.jsonc', '--out', 'c.json', '--expand-inheritance'];
      const result = await run(argv, COMMENTED);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('(2 strategies, inheritance expanded)');
      const doc = written(result, 'c.json') as {
        strategies: { position_sizing: Record<string, unknown> }[];
        custom_section: unknown;
      };
      expect(doc.strategies.map((s) => s.position_sizing)).toEqual([
        expect.objectContaining({
          method: 'fixed_usd',
          fixed_usd_amount: 750,
          max_position_size_usd: 4000,
        }),
        expect.objectContaining({
          method: 'risk_based',
          risk_per_trade_pct: 0.01,
          max_position_size_usd: 4000,
        }),
      ]);
      expect(doc.custom_section).toEqual({ untouched: true });
    });

    it('checks the text it would write: --expand-inheritance fixes guide spellings, a plain export keeps them', async () => {
      const guide = JSON.stringify({
        ...ENGINE_READY,
        position_sizing: {
          method: 'fixed_usd',
          fixed_amount_usd: 750,
          max_position_size_usd: 4000,
        },
        strategies: [{ ...ON_EXCHANGE, name: 'a', market: 'BTC-USD' }],
      });
      const plain = await run(['export', 'g.json', '--out', 'o.json'], { 'g.json': guide });
      expect(plain.code).toBe(1);
      expect(plain.io.writes).toEqual([]);
      expect(plain.stderr).toContain('engine-ignored-key');
      const argv = ['export', 'g.json', '--out', 'o.json', '--expand-inheritance'];
      const expanded = await run(argv, { 'g.json': guide });
      expect(expanded.code).toBe(0);
      expect(written(expanded, 'o.json')).toMatchObject({
        position_sizing: {
          method: 'fixed_usd',
          fixed_usd_amount: 750,
          max_position_size_usd: 4000,
        },
        strategies: [
          {
            name: 'a',
            position_sizing: {
              method: 'fixed_usd',
              fixed_usd_amount: 750,
              max_position_size_usd: 4000,
            },
          },
        ],
      });
      expect(expanded.io.files.get('o.json')).not.toContain('fixed_amount_usd');
    });

    it('refuses a config with errors, lists them and never touches --out', async () => {
      const files = { 'b.json': fixture('broken.json'), 'out.json': 'old bytes' };
      const result = await run(['export', 'b.json', '--out', 'out.json'], files);
      expect(result.code).toBe(1);
      expect(result.io.writes).toEqual([]);
      expect(result.io.files.get('out.json')).toBe('old bytes');
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatchInlineSnapshot(`
        "spark-config: The exported config would have 2 errors; fix them before exporting. out.json was not touched.
          7:5    error  missing-parameter   Strategy "no_risk_set" uses risk_based but risk_per_trade_pct is set nowhere: add it to strategies[0].position_sizing or to the global position_sizing.
          21:15  error  duplicate-strategy  Strategy name "twin" is already used by strategies[1]: names must be unique.
        "
      `);
    });

    it('refuses a config that does not parse', async () => {
      const result = await run(['export', 's.json', '--out', 'o.json'], {
        's.json': SYNTAX_ERROR,
      });
      expect(result.code).toBe(1);
      expect(result.io.writes).toEqual([]);
      expect(result.stderr).toContain('4:5  error  syntax');
    });

    it('exits 2 with the reason when the write fails', async () => {
      const result = await run(['export', 'c.jsonc', '--out', 'c.json'], COMMENTED, {
        writeFails: 'Could not write c.json: replacing the file failed (EACCES).',
      });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'spark-config: Could not write c.json: replacing the file failed (EACCES).\n',
      );
    });

    it('refuses to export a file onto itself, which would lose its comments', async () => {
      const result = await run(['export', 'c.jsonc', '--out', 'c.jsonc'], COMMENTED);
      expect(result.code).toBe(2);
      expect(result.io.writes).toEqual([]);
      expect(result.io.files.get('c.jsonc')).toBe(COMMENTED['c.jsonc']);
      expect(result.stderr).toBe(
        'spark-config: --out c.jsonc is the file being exported: its comments would be lost. c.jsonc was not touched; pass --force to replace it (a backup is kept).\n',
      );
    });

    it('exports onto itself with --force, keeping a backup of the original', async () => {
      const result = await run(['export', 'c.jsonc', '--out', 'c.jsonc', '--force'], COMMENTED);
      expect(result.code).toBe(0);
      expect(result.io.files.get('c.jsonc.backup.20250314_090507')).toBe(COMMENTED['c.jsonc']);
      expect(result.io.files.get('c.jsonc')).not.toMatch(/\/\//);
      expect(result.stdout).toContain(
        'The file as it was is kept in c.jsonc.backup.20250314_090507.',
      );
    });

    it('prints a write that landed but may not be durable as a warning, exit 0', async () => {
      const io = memoryIo(COMMENTED);
      io.writeFileAtomic = (path, text) => {
        io.files.set(path, text);
        return Promise.resolve({
          ok: true,
          warning: 'c.json was written, but its durability is not confirmed.',
        });
      };
      expect(await runCli(['export', 'c.jsonc', '--out', 'c.json'], io)).toBe(0);
      expect(io.err).toBe(
        'spark-config: c.json was written, but its durability is not confirmed.\n',
      );
      expect(io.out).toContain('Wrote strict JSON to c.json');
    });
  });
});
