import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawn, userEnv } from './child-process.ts';
import type { Spawned } from './child-process.ts';

// `npm pack` (which builds through `prepare`), then the README's install into an empty folder
// with the network shut: an unreachable registry, an empty cache and --offline.

interface PackedFile {
  readonly path: string;
}

interface Packed {
  readonly filename: string;
  readonly files: readonly PackedFile[];
}

let work = '';
let packed: Packed;
let install: Spawned;
let bin = '';

// Valid, with a warning: nothing caps the strategy's positions. Complete enough for the
// engine's own checks too (an exchange, an indicator, its spellings).
const CONFIG = {
  exchanges: [{ name: 'hl', exchange_type: 'hyperliquid', private_key: '${PRIVATE_KEY}' }],
  indicators: [{ name: 'rsi_1h', type: 'rsi', timeframe: '1h' }],
  position_sizing: { method: 'fixed_usd', fixed_usd_amount: 100 },
  strategies: [{ name: 'eth', market: 'ETH-USD', exchange: 'hl', indicators: ['rsi_1h'] }],
};

const offline = ['--offline', '--registry=http://127.0.0.1:9/', '--no-audit', '--no-fund'];

async function npm(args: readonly string[], cwd: string): Promise<Spawned> {
  const env = userEnv({
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_update_notifier: 'false',
  });
  return spawn('npm', args, { cwd, env });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'spark-packed-'));
  const pack = await npm(['pack', '--json', '--pack-destination', work], ROOT);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  // npm prints the build's own output before the JSON document.
  packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('\n[') + 1)) as Packed[])[0]!;
  const project = join(work, 'project');
  await mkdir(project);
  install = await npm(['install', '--omit=dev', ...offline, join(work, packed.filename)], project);
  bin = join(project, 'node_modules', '.bin', 'spark-config');
  await writeFile(join(project, 'config.json'), `${JSON.stringify(CONFIG)}\n`);
}, 180_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

describe('the packed spark-config', () => {
  it('holds only the bundle, package.json and the README', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'out/cli/spark-config.mjs',
      'package.json',
    ]);
  });

  it('installs offline into an empty folder with nothing but itself', async () => {
    expect(install.code, install.stderr).toBe(0);
    const modules = await readdir(join(work, 'project', 'node_modules'));
    expect(modules.filter((name) => !name.startsWith('.'))).toEqual(['spark-config-editor']);
  });

  it('runs check from the installed bin, in every format', async () => {
    const project = join(work, 'project');
    const text = await spawn(bin, ['check', 'config.json'], { cwd: project });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('no-max-limit');
    const github = await spawn(bin, ['check', 'config.json', '--format', 'github'], {
      cwd: project,
    });
    expect(github.stdout).toMatch(
      /^::warning file=config\.json,line=1,col=\d+,title=no-max-limit::/m,
    );
    const sarif = await spawn(bin, ['check', 'config.json', '--format', 'sarif'], { cwd: project });
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { version: string } } }[] };
    expect(log.runs[0]?.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the schema and the help, and exits 2 on a usage error', async () => {
    const cwd = join(work, 'project');
    const schema = await spawn(bin, ['schema'], { cwd });
    expect(JSON.parse(schema.stdout)).toMatchObject({ type: 'object' });
    expect((await spawn(bin, ['--help'], { cwd })).stdout).toContain('spark-config schema');
    expect((await spawn(bin, ['lint'], { cwd })).code).toBe(2);
  });
});
