// The built command's start-up against Node's own, measured in the same run (issue #10):
// `check` of a small config ≤ 2.5× `node -e 0`, and of a 5 MB config ≤ 1.5× the in-process
// analysis time plus that start-up. Medians, reported and never asserted.
// Where a cold check spends its time: `SPARK_CLI_PROFILE=1 npm run build` (readable, with source
// maps), then `node --cpu-prof out/cli/spark-config.mjs check <5 MB config>`. At 5 MB most of it
// is the shared analysis running before V8 has optimised it (about 3x its warm time), then GC.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIo } from '../../shared/cli/cli-io.ts';
import { runCli } from '../../shared/cli/run-cli.ts';
import { generateText } from './generate-config.ts';
import { interleaved } from './interleave.ts';

const BUNDLE = join(import.meta.dirname, '../../out/cli/spark-config.mjs');
const SMALL = join(import.meta.dirname, '../fixtures/cli/desk.json');

/** Wall time of a fresh Node process running `args`. */
function processTime(args: readonly string[]): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - t0;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString()}`);
  }
  return elapsed;
}

/** Time of the same `check` inside this process: reading, analysis and output. */
async function inProcessTime(bytes: Uint8Array): Promise<number> {
  const io: CliIo = {
    readFile: () => Promise.resolve({ ok: true, bytes }),
    writeFileAtomic: () => Promise.resolve({ ok: false, message: 'check writes nothing' }),
    sameFile: () => Promise.resolve(false),
    backUp: () => Promise.resolve({ ok: false, message: 'check writes nothing' }),
    stdout: () => undefined,
    stderr: () => undefined,
    isTTY: false,
    env: {},
  };
  const t0 = performance.now();
  await runCli(['check', 'config.json'], io);
  return performance.now() - t0;
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
    const bytes = new TextEncoder().encode(text);
    const medians = await interleaved(
      {
        node: () => processTime(['-e', '0']),
        help: () => processTime([BUNDLE, '--help']),
        small: () => processTime([BUNDLE, 'check', SMALL]),
        big: () => processTime([BUNDLE, 'check', big]),
        inProcess: () => inProcessTime(bytes),
      },
      runs,
    );
    const median = (name: string): number => medians.get(name) ?? Number.NaN;
    const [node, help, small, bigRun, inProcess] = [
      'node',
      'help',
      'small',
      'big',
      'inProcess',
    ].map(median) as [number, number, number, number, number];
    const smallRatio = small / node;
    const bigRatio = bigRun / (inProcess + node);
    // What loading the bundle alone adds to Node's start-up: the rest of a cold check is its run.
    console.log(
      `spark-config --help, start-up and bundle load only: median ${ms(help)} = node -e 0 + ${ms(help - node)}`,
    );
    console.log(
      `spark-config check, small config: median ${ms(small)} vs node -e 0 ${ms(node)} = ${smallRatio.toFixed(2)}× (goal ≤ 2.5×: ${verdict(smallRatio, 2.5)}; medians of ${runs})`,
    );
    console.log(
      `spark-config check, ${(text.length / 1048576).toFixed(1)} MB (${strategies} strategies): median ${ms(bigRun)} vs in-process ${ms(inProcess)} + node -e 0 ${ms(node)} = ${bigRatio.toFixed(2)}× (goal ≤ 1.5×: ${verdict(bigRatio, 1.5)}; medians of ${runs})`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
