import { readFile, readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { runCli } from '../../../shared/cli/run-cli.ts';
import { generateText } from '../../bench/generate-config.ts';
import { memoryIo } from '../../shared/cli/memory-io.ts';
import { ROOT, buildCli, spawn } from './child-process.ts';

// The bundle is built with the JSON Schema generated at build time instead of by zod at run
// time: whatever it prints must be byte for byte what the sources print in-process.

const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const FORMATS = ['text', 'json', 'github', 'sarif'] as const;

let work = '';
let bundle = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'spark-bundle-'));
  bundle = await buildCli(join(work, 'cli'));
}, 120_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

/** The sources' answer to `argv`, with `file` read from `folder`, as the installed bin's. */
async function inProcess(argv: readonly string[], folder: string, file?: string) {
  const files = file === undefined ? {} : { [file]: await readFile(join(folder, file)) };
  const io = memoryIo(files);
  const code = await runCli(argv, { ...io, version: packageJson.version });
  return { code, stdout: io.out, stderr: io.err };
}

async function expectSameAnswer(argv: readonly string[], folder: string, file?: string) {
  const built = await spawn(process.execPath, [bundle, ...argv], { cwd: folder });
  expect(built).toEqual(await inProcess(argv, folder, file));
}

describe('the built spark-config bundle', () => {
  it('prints the same JSON Schema as the zod schema gives in-process', async () => {
    await expectSameAnswer(['schema'], work);
  });

  it('checks every fixture exactly as the sources do, in every format', async () => {
    const names = (await readdir(FIXTURES)).sort();
    expect(names.length).toBeGreaterThan(4);
    for (const name of names) {
      for (const format of FORMATS) {
        await expectSameAnswer(['check', name, '--format', format], FIXTURES, name);
      }
    }
  }, 60_000);

  it('checks a large config with thousands of findings exactly as the sources do', async () => {
    await writeFile(join(work, 'large.json'), generateText(300_000).text);
    await expectSameAnswer(['check', 'large.json'], work, 'large.json');
    await expectSameAnswer(['check', 'large.json', '--json'], work, 'large.json');
  }, 60_000);

  it('answers help and a usage error as the sources do', async () => {
    await expectSameAnswer(['--help'], work);
    await expectSameAnswer(['lint'], work);
  });
});
