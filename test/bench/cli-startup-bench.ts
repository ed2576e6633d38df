// The built command's start-up against Node's own, measured in the same run (issue #10):
// `check` of a small config ≤ 2.5× `node -e 0`, and of a 5 MB config ≤ 1.5× the in-process
// analysis time plus that start-up. Medians, reported and never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIo } from '../../shared/cli/cli-io.ts';
import { runCli } from '../../shared/cli/run-cli.ts';
import { generateText } from './generate-config.ts';

const BUNDLE = join(import.meta.dirname, '../../out/cli/spark-config.mjs');
const SMALL = join(import.meta.dirname, '../fixtures/cli/desk.json');

function medianOf(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median wall time of a fresh Node process running `args`, after one warm-up run. */
function processMedian(args: readonly string[], times: number): number {
  const once = (): number => {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const elapsed = performance.now() - t0;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString()}`);
    }
    return elapsed;
  };
  once();
  return medianOf(Array.from({ length: times }, once));
}

/** Median time of the same `check` inside this process: reading, analysis and output. */
async function inProcessMedian(bytes: Uint8Array, times: number): Promise<number> {
  const io: CliIo = {
    readFile: () => Promise.resolve({ ok: true, bytes }),
    writeFileAtomic: () => Promise.resolve({ ok: false, message: 'check writes nothing' }),
    stdout: () => undefined,
    stderr: () => undefined,
    isTTY: false,
    env: {},
  };
  const samples: number[] = [];
  for (let i = 0; i <= times; i++) {
    const t0 = performance.now();
    await runCli(['check', 'config.json'], io);
    if (i > 0) samples.push(performance.now() - t0);
  }
  return medianOf(samples);
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const verdict = (ratio: number, goal: number): string => (ratio <= goal ? 'met' : 'NOT met');

/** Prints both start-up goals with their baselines. */
export async function benchCliStartup(): Promise<void> {
  if (!existsSync(BUNDLE)) {
    console.log('spark-config start-up: no out/cli/spark-config.mjs; run npm run build first.');
    return;
  }
  const folder = await mkdtemp(join(tmpdir(), 'spark-bench-'));
  try {
    const { text, strategies } = generateText(5 * 1024 * 1024);
    const big = join(folder, 'config.json');
    await writeFile(big, text);
    const runs = 9;
    const node = processMedian(['-e', '0'], runs);
    const small = processMedian([BUNDLE, 'check', SMALL], runs);
    const bigRun = processMedian([BUNDLE, 'check', big], 7);
    const inProcess = await inProcessMedian(new TextEncoder().encode(text), 7);
    const smallRatio = small / node;
    const bigRatio = bigRun / (inProcess + node);
    console.log(
      `spark-config check, small config: median ${ms(small)} vs node -e 0 ${ms(node)} = ${smallRatio.toFixed(2)}× (goal ≤ 2.5×: ${verdict(smallRatio, 2.5)}; medians of ${runs})`,
    );
    console.log(
      `spark-config check, ${(text.length / 1048576).toFixed(1)} MB (${strategies} strategies): median ${ms(bigRun)} vs in-process ${ms(inProcess)} + node -e 0 ${ms(node)} = ${bigRatio.toFixed(2)}× (goal ≤ 1.5×: ${verdict(bigRatio, 1.5)}; medians of 7)`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
