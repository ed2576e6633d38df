// `npm run profile [resolve | analyse | tree | export | phases]`: where the shared core's time
// goes, from V8's CPU profiler (the one `node --cpu-prof` writes), run in-process so it works through tsx.
// Prints self time per function (file:line as tsx compiles it, close to the source line) and
// the share of garbage collection, for (a) resolve + preview of 100,000 strategies and (b)
// parse + diagnostics of a 5 MB config (and with `tree`, the full position tree forced too);
// `export` alone profiles the bench's two exports of a JSONC file; `phases` times each step of
// the 5 MB analysis (analysis-phases.ts).
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { analyzeText } from '../../shared/analyze.ts';
import { printAnalysisPhases } from './analysis-phases.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { globalLayer, resolveStrategies } from '../../shared/resolve/resolve-strategies.ts';
import { previewAll } from '../../shared/sizing/preview.ts';
import { generateConfig, generateJsonc, generateText } from './generate-config.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = Number(process.env.PROFILE_TOP ?? 12);
const inputs = { equity: 25_000, defaultPrice: 100, prices: { 'BTC-USD': 65_000 } };

/** The function's name and source line (tsx's inline source maps undo its compilation). */
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName === '' ? '(anonymous)' : functionName;
  if (url === '') return name;
  const entry = findSourceMap(url)?.findEntry(lineNumber, columnNumber);
  const line = entry !== undefined && 'originalLine' in entry ? entry.originalLine : lineNumber;
  const file = url.replace(/^.*?\/(shared|test|node_modules)\//, '$1/');
  return `${name}  ${file}:${line + 1}`;
}

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
if (which === 'phases') await printAnalysisPhases();
