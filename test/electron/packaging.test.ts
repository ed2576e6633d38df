import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage, extractFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the app the way `npm run dist` does, but offline: electron-builder copies a stand-in
// "Electron" folder (electronDist) instead of downloading one. The stand-in executable holds
// an Electron fuse wire, so the afterPack hook's fuses can be read back.

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const MAX_ASAR_BYTES = 40 * 1024 * 1024;

let work = '';
let asar = '';
let executable = '';
let files: string[] = [];

function run(script: string, args: readonly string[]): void {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
}

async function standInElectron(folder: string): Promise<void> {
  await mkdir(join(folder, 'locales'), { recursive: true });
  await mkdir(join(folder, 'resources'), { recursive: true });
  // Fuse wire version 1, nine fuses, all enabled: the afterPack hook must turn some off.
  await writeFile(join(folder, 'electron'), `${SENTINEL}\x01\x09${'1'.repeat(9)}`);
  await chmod(join(folder, 'electron'), 0o755);
  await writeFile(join(folder, 'locales', 'en-US.pak'), '');
  await writeFile(join(folder, 'locales', 'de.pak'), '');
  await writeFile(join(folder, 'version'), '45.4.1');
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'spark-pack-'));
  await standInElectron(join(work, 'electron-dist'));
  run(join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), [
    'build',
  ]);
  run(join(dirname(require.resolve('electron-builder/package.json')), 'cli.js'), [
    '--config',
    'electron-builder.config.mjs',
    '--linux',
    '--dir',
    '--x64',
    `-c.electronDist=${join(work, 'electron-dist')}`,
    '-c.electronVersion=45.4.1',
    `-c.directories.output=${join(work, 'dist')}`,
  ]);
  const unpacked = join(work, 'dist', 'linux-unpacked');
  asar = join(unpacked, 'resources', 'app.asar');
  executable = join(unpacked, 'spark-config-editor');
  files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('packaging', () => {
  it('packs the built main, preload and renderer, and package.json', () => {
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    expect(files).toContain('/package.json');
    const main = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string };
    expect(files).toContain(`/${main.main}`);
  });

  it('holds nothing else: no tests, no sources, no source maps, no node_modules', () => {
    const topLevel = new Set(files.map((f) => f.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['out', 'package.json']);
    expect(
      files.filter(
        (f) => f.startsWith('/out/') && !/^\/out\/(main|preload|renderer)(\/|$)/.test(f),
      ),
    ).toEqual([]);
    expect(files.filter((f) => /\.(map|tsx?|mts|cts)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|tests|node_modules)(\/|$)/.test(f))).toEqual([]);
  });

  it('bundles no dev-only package separately (React, MUI, Monaco are inside the renderer bundle)', () => {
    expect(
      files.filter((f) => /\/(react|react-dom|@mui|monaco-editor|electron-vite|vitest)\//.test(f)),
    ).toEqual([]);
  });

  it('stays small', async () => {
    expect((await stat(asar)).size).toBeLessThan(MAX_ASAR_BYTES);
  });

  it('flips the Electron fuses in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(executable);
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyAsar: FuseState.ENABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });

  it('keeps only the English locale', async () => {
    await expect(
      readFile(join(dirname(executable), 'locales', 'en-US.pak')),
    ).resolves.toBeDefined();
    await expect(readFile(join(dirname(executable), 'locales', 'de.pak'))).rejects.toThrow();
  });
});
