import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { exportConfig } from '../../../shared/export/export-config.ts';
import { generateJsonc } from '../../bench/generate-config.ts';
import { useTempFolder } from '../files/temp-folder.ts';

const BIN = resolve(import.meta.dirname, '../../../electron/cli/bin.mjs');
const KILLS = 30;

/** What `export` writes for a source: computed here, to compare the target with. */
function exported(source: string): string {
  const result = exportConfig(analyzeText(source));
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

/** Starts a real `spark-config export`; resolves with its exit code, or the signal that ended it. */
function startExport(source: string, target: string) {
  const child = spawn(process.execPath, [BIN, 'export', source, '--out', target], {
    stdio: 'ignore',
  });
  const ended = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal ?? -1)),
  );
  return { child, ended };
}

/** Resolves once a temporary file of ours appears in `dir` (the write has begun), or after `ms`. */
async function tempFileAppears(dir: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await readdir(dir)).some((name) => name.includes('.tmp-'))) return;
    await sleep(1);
  }
}

// Each run starts a Node process through tsx (about half a second): 30 of them, bounded.
describe('spark-config export killed at random points', () => {
  const folder = useTempFolder();

  it(`leaves the target complete, old or new, through ${KILLS} kill -9s, and the next export removes any temp file`, async () => {
    // Two big sources, so the write takes long enough to be interrupted.
    const sources = [generateJsonc(6000), generateJsonc(6001)];
    const paths = sources.map((_, i) => join(folder(), `source-${i}.jsonc`));
    await Promise.all(sources.map((text, i) => writeFile(paths[i] as string, text)));
    const outputs = sources.map(exported);
    const target = join(folder(), 'config.json');
    await writeFile(target, outputs[0] as string);
    // How long one whole export takes here, to spread the kills over it.
    const started = Date.now();
    expect(await startExport(paths[1] as string, target).ended).toBe(0);
    const duration = Date.now() - started;
    let old = outputs[1] as string;
    const outcomes = { killed: 0, finished: 0, midWrite: 0 };
    for (let run = 0; run < KILLS; run++) {
      const next = run % 2;
      const { child, ended } = startExport(paths[next] as string, target);
      // Half the kills at a random moment of the run, half just after the write has begun.
      if (run % 2 === 0) await sleep(Math.random() * duration);
      else await tempFileAppears(folder(), duration * 2).then(() => sleep(Math.random() * 3));
      child.kill('SIGKILL');
      const end = await ended;
      if (end === 'SIGKILL') outcomes.killed++;
      else outcomes.finished++;
      const onDisk = await readFile(target, 'utf8');
      expect([outputs[0], outputs[1]]).toContain(onDisk);
      if (end === 'SIGKILL' && onDisk === old) outcomes.midWrite++;
      old = onDisk;
    }
    expect(outcomes.killed).toBeGreaterThan(KILLS / 2);
    // The next export cleans up what the killed ones left beside the target.
    expect(await startExport(paths[0] as string, target).ended).toBe(0);
    expect(await readFile(target, 'utf8')).toBe(outputs[0]);
    expect((await readdir(folder())).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 240_000);
});
