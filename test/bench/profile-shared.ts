// `npm run profile [resolve | analyse | tree | varied | export | phases [MB] | alloc]`: where
// the shared core's time goes, from V8's CPU profiler (the one `node --cpu-prof` writes), run
// in-process so it works through tsx. Prints self time per function (file:line as tsx compiles
// it, close to the source line) and the share of garbage collection, for (a) resolve + preview
// of 100,000 strategies and (b) parse + diagnostics of a 5 MB config (and with `tree`, the full
// position tree forced too); `varied` the same analysis of a config whose strategies are all
// sized differently; `export` alone profiles the bench's two exports of a JSONC file; `phases`
// times each step of the analysis, 5 MB or the size given (analysis-phases.ts); `alloc` shows
// what the two analyses allocate (allocation-profile.ts): most of what garbage collection costs.
import { Session } from 'node:inspector/promises';
import { analyzeText } from '../../shared/analyze.ts';
import { printAllocations } from './allocation-profile.ts';
import { printAnalysisPhases } from './analysis-phases.ts';
import type { ProfileNode } from './frame-name.ts';
import { frameName } from './frame-name.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { globalLayer, resolveStrategies } from '../../shared/resolve/resolve-strategies.ts';
import { previewAll } from '../../shared/sizing/preview.ts';
import {
  generateConfig,
  generateJsonc,
  generateText,
  generateVariedConfig,
} from './generate-config.ts';

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = Number(process.env.PROFILE_TOP ?? 12);
const inputs = { equity: 25_000, defaultPrice: 100, prices: { 'BTC-USD': 65_000 } };

/** Self time in ms per function, summed over every place it was sampled. */
function selfTimes(profile: Profile): { byFrame: Map<string, number>; total: number } {
  const nameOf = new Map(profile.nodes.map((n) => [n.id, frameName(n)]));
  const byFrame = new Map<string, number>();
  let total = 0;
  // As DevTools does: a sample stands for the time until the next one.
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = nameOf.get(id) ?? '?';
    if (name === '(idle)' || name === '(program)') return;
    total += ms;
    byFrame.set(name, (byFrame.get(name) ?? 0) + ms);
  });
  return { byFrame, total };
}

async function profile(label: string, run: () => void, times: number): Promise<void> {
  run(); // warm up, so the profile shows optimised code
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < times; i++) run();
  const { profile: result } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const { byFrame, total } = selfTimes(result);
  console.log(`\n${label}: ${times} runs, ${(total / times).toFixed(1)} ms sampled per run`);
  for (const [name, ms] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
  }
}

const which = process.argv[2];
if (which === undefined || which === 'resolve') {
  const big = generateConfig(100_000);
  await profile(
    'resolve + preview (guide + engine model), 100,000 strategies',
    () =>
      void previewAll(
        {
          strategies: resolveStrategies(big),
          engine: resolveEngine(big),
          globalLayer: globalLayer(big),
        },
        { sizing: () => [] },
        inputs,
      ),
    10,
  );
}
if (which === undefined || which === 'analyse' || which === 'tree') {
  const { text } = generateText(5 * 1024 * 1024);
  const forceTree = which === 'tree';
  await profile(
    `parse + diagnostics, 5 MB${forceTree ? ', full position tree forced' : ''}`,
    () => {
      const analysis = analyzeText(text);
      if (forceTree) analysis.parsed.tree();
    },
    10,
  );
}
if (which === 'export') {
  for (const [count, expandInheritance] of [
    [50_000, false],
    [10_000, true],
  ] as const) {
    const analysis = analyzeText(generateJsonc(count));
    await profile(
      `${expandInheritance ? 'export --expand-inheritance' : 'strict export'}, ${count} JSONC strategies`,
      () => void exportConfig(analysis, { expandInheritance }),
      5,
    );
  }
}
if (which === 'varied') {
  const { text } = generateText(5 * 1024 * 1024, generateVariedConfig);
  await profile(
    'parse + diagnostics, 5 MB, no two strategies sized alike',
    () => void analyzeText(text),
    10,
  );
}
if (which === 'phases') {
  const mb = Number(process.argv[3] ?? 5);
  if (!(mb > 0)) throw new Error(`phases takes a size in MB, not "${process.argv[3]}"`);
  await printAnalysisPhases(mb);
}
if (which === 'alloc') {
  for (const [label, make] of [
    ['parse + diagnostics, 5 MB', generateConfig],
    ['parse + diagnostics, 5 MB, no two strategies sized alike', generateVariedConfig],
  ] as const) {
    const { text } = generateText(5 * 1024 * 1024, make);
    await printAllocations(label, () => void analyzeText(text), 5);
  }
}
