// `npm run bench`: medians on this machine, reported and never asserted (timings are noisy).
import { performance } from 'node:perf_hooks';
import { analyzeText, indexStrategyErrors } from '../../shared/analyze.ts';
import { setSizingValue } from '../../shared/edits/sizing-edits.ts';
import { applyEdits } from '../../shared/edits/text-edit.ts';
import { checkConfig } from '../../shared/diagnostics/check-config.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { globalLayer, resolveStrategies } from '../../shared/resolve/resolve-strategies.ts';
import { previewAll } from '../../shared/sizing/preview.ts';
import { benchCliStartup } from './cli-startup-bench.ts';
import { generateConfig, generateJsonc, generateText } from './generate-config.ts';

function median(run: () => void, times: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;
const inputs = {
  equity: 25_000,
  defaultPrice: 100,
  prices: { 'BTC-USD': 65_000, 'ETH-USD': 3_200 },
};

const big = generateConfig(100_000);
const bigGlobal = globalLayer(big);
const noErrors = { all: () => [], sizing: () => [] };
const resolvePreview = median(() => {
  const strategies = resolveStrategies(big);
  previewAll({ strategies, engine: undefined, globalLayer: bigGlobal }, noErrors, inputs);
}, 15);
const withEngine = median(() => {
  const strategies = resolveStrategies(big);
  const engine = resolveEngine(big);
  previewAll({ strategies, engine, globalLayer: bigGlobal }, noErrors, inputs);
}, 15);
console.log(
  `resolve + preview, 100,000 strategies: guide model ${ms(resolvePreview)}; guide + engine model ${ms(withEngine)} = ${(withEngine / resolvePreview).toFixed(2)}× (goal ≤ 100 ms with the engine, ≤ 1.30× the guide alone)`,
);
const guideChecks = median(() => {
  const strategies = resolveStrategies(big);
  checkConfig(big, strategies);
  previewAll({ strategies, engine: undefined, globalLayer: bigGlobal }, noErrors, inputs);
}, 9);
const bothChecks = median(() => {
  const strategies = resolveStrategies(big);
  const engine = resolveEngine(big);
  checkConfig(big, strategies, engine);
  previewAll({ strategies, engine, globalLayer: bigGlobal }, noErrors, inputs);
}, 9);
console.log(
  `resolve + diagnostics + preview, 100,000 strategies: guide model ${ms(guideChecks)}; engine + guide model ${ms(bothChecks)} = ${(bothChecks / guideChecks).toFixed(2)}× (goal ≤ 1.30×)`,
);

const { text: fiveMb, strategies: fiveMbCount } = generateText(5 * 1024 * 1024);
const plain = median(() => JSON.parse(fiveMb) as unknown, 15);
const analysed = median(() => analyzeText(fiveMb), 15);
const withTree = median(() => analyzeText(fiveMb).parsed.tree(), 7);
console.log(
  `parse-with-positions + diagnostics, ${(fiveMb.length / 1048576).toFixed(1)} MB (${fiveMbCount} strategies): median ${ms(analysed)} vs JSON.parse ${ms(plain)} = ${(analysed / plain).toFixed(2)}× (goal ≤ 2×); with the full position tree forced: ${(withTree / plain).toFixed(2)}×`,
);

const thousand = JSON.stringify(generateConfig(1000), null, 2);
let toggle = 0;
const edit = median(() => {
  toggle++;
  const next = applyEdits(
    thousand,
    setSizingValue(thousand, { kind: 'global' }, 'fixed_amount_usd', 1000 + (toggle % 2)),
  );
  const analysis = analyzeText(next);
  const errors = indexStrategyErrors(analysis);
  previewAll(analysis, errors, inputs);
}, 31);
console.log(
  `single-value edit + re-analyse + preview, 1,000 strategies: median ${ms(edit)} (goal ≤ 5 ms)`,
);

/**
 * Export of a JSONC file (a comment and a trailing comma per strategy), from its analysis to the
 * checked strict text, against JSON.parse + JSON.stringify of that strict text in the same run.
 */
function exportRatio(count: number, expandInheritance: boolean): void {
  const analysis = analyzeText(generateJsonc(count));
  const result = exportConfig(analysis, { expandInheritance });
  if (!result.ok) throw new Error(result.message);
  const baseline = median(() => JSON.stringify(JSON.parse(result.text)), 5);
  const exported = median(() => exportConfig(analysis, { expandInheritance }), 5);
  const full = median(() => exportConfig(analyzeText(analysis.text), { expandInheritance }), 5);
  const what = expandInheritance ? 'export --expand-inheritance' : 'strict export';
  console.log(
    `${what}, ${count.toLocaleString('en-US')} JSONC strategies: median ${ms(exported)} vs JSON.parse + JSON.stringify ${ms(baseline)} = ${(exported / baseline).toFixed(2)}× (goal ≤ 3×); with reading the JSONC (analysis) too: ${(full / baseline).toFixed(2)}×`,
  );
}

exportRatio(50_000, false);
exportRatio(10_000, true);

await benchCliStartup();
