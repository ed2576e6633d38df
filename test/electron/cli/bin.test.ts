import { execFile } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../files/temp-folder.ts';

const BIN = resolve(import.meta.dirname, '../../../electron/cli/bin.mjs');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/cli');

interface Spawned {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `spark-config` bin in a child Node process, from `cwd`. */
function spark(args: readonly string[], cwd: string): Promise<Spawned> {
  return new Promise((done) => {
    const env = { ...process.env, NO_COLOR: '1' };
    execFile(process.execPath, [BIN, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

// Each spawn compiles through tsx and costs about half a second: keep these few.
describe('bin.mjs', () => {
  const folder = useTempFolder();

  it('checks a config from any folder and exits 0 or 1 with the SPEC §6 JSON', async () => {
    const valid = await spark(['check', join(FIXTURES, 'clean.json')], folder());
    expect(valid).toMatchObject({ code: 0, stderr: '' });
    expect(valid.stdout).toContain('Valid: no problems found.');
    const broken = await spark(['check', join(FIXTURES, 'broken.json'), '--json'], folder());
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ valid: false });
  });

  it('exits 2 for a missing file', async () => {
    const result = await spark(['check', 'missing.json'], folder());
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'spark-config: cannot read missing.json: no such file.\n',
    });
  });

  it('exports strict JSON atomically, leaving no temporary file behind', async () => {
    await writeFile(join(folder(), 'out.json'), 'old');
    const args = ['export', join(FIXTURES, 'commented.jsonc'), '--out', 'out.json'];
    const result = await spark(args, folder());
    expect(result.code).toBe(0);
    const text = await readFile(join(folder(), 'out.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ custom_section: { untouched: true } });
    expect(await readdir(folder())).toEqual(['out.json']);
  });

  it('never touches --out when the export fails', async () => {
    const out = join(folder(), 'out.json');
    await writeFile(out, 'previous export');
    const before = await stat(out);
    const result = await spark(['export', join(FIXTURES, 'broken.json'), '--out', out], folder());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('was not touched');
    expect(await readFile(out, 'utf8')).toBe('previous export');
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(folder())).toEqual(['out.json']);
  });
});
