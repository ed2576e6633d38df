// `npm run bench`: medians on this machine, reported and never asserted (timings are noisy).
// Each figure runs interleaved with its baseline (`JSON.parse` of the same text), so a busy
// machine slows both alike and the ratio stays comparable between runs. Each line ends with the
// median time a sample spent collecting garbage, the subject's and the baseline's (GcWatch).
// `npm run profile` shows where the time goes.
import type { Node } from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import { analyzeText, indexStrategyErrors } from '../../shared/analyze.ts';
import { setSizingValue } from '../../shared/edits/sizing-edits.ts';
import { applyEdits } from '../../shared/edits/text-edit.ts';
import { checkConfig } from '../../shared/diagnostics/check-config.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import {
  globalLayer,
  resolveCompactly,
  resolveStrategies,
} from '../../shared/resolve/resolve-strategies.ts';
import { parseText } from '../../shared/parse/parse-text.ts';
import { previewAll } from '../../shared/sizing/preview.ts';
import { benchCliStartup } from './cli-startup-bench.ts';
import {
  generateConfig,
  generateJsonc,
  generateText,
  generateVariedConfig,
} from './generate-config.ts';
import { performance } from 'node:perf_hooks';
import { GcWatch } from './gc-watch.ts';
import { blockTimeOf, interleaved, median, timeOf } from './interleave.ts';

interface Figure {
  readonly label: string;
  readonly run: () => void;
  readonly baseline: () => void;
  readonly baselineLabel: string;
  /** The goal, as text: an absolute time, a ratio to the baseline, or both. */
  readonly goal: string;
  readonly runs: number;
  /** Calls per sample, timed as one (see blockTimeOf); one when not given. */
  readonly calls?: number;
}

const ms = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

async function report(figure: Figure): Promise<void> {
  const calls = figure.calls ?? 1;
  const time = (run: () => void): number => (calls === 1 ? timeOf(run) : blockTimeOf(run, calls));
  const gc = new GcWatch();
  const windows = { base: new Array<[number, number]>(), subject: new Array<[number, number]>() };
  const sample = (name: keyof typeof windows, run: () => void) => (): number => {
    const from = performance.now();
    const taken = time(run);
    windows[name].push([from, performance.now()]);
    return taken;
  };
  const medians = await interleaved(
    { base: sample('base', figure.baseline), subject: sample('subject', figure.run) },
    figure.runs,
  );
  await gc.stop();
  // Per call, as the times are; the warm-up round is left out, as it is of the times.
  const collecting = (name: keyof typeof windows): number =>
    median(windows[name].slice(1).map(([from, to]) => gc.within(from, to) / calls));
  const b = medians.get('base') ?? Number.NaN;
  const s = medians.get('subject') ?? Number.NaN;
  console.log(
    `${figure.label}: median ${ms(s)} | ${figure.baselineLabel} ${ms(b)} | ${(s / b).toFixed(2)}× | goal ${figure.goal} | ${figure.runs} runs | collecting: ${ms(collecting('subject'))} vs ${ms(collecting('base'))}`,
  );
}

const inputs = {
  equity: 25_000,
  defaultPrice: 100,
  prices: { 'BTC-USD': 65_000, 'ETH-USD': 3_200 },
};
/** Touches every node and value of a tree (the tree makes its nodes as they are read). */
function readAll(node: Node | undefined): number {
  if (node === undefined) return 0;
  let count = node.value === undefined ? 1 : 2;
  for (const child of node.children ?? []) count += readAll(child);
  return count;
}

const mb = (text: string): string => `${(text.length / 1048576).toFixed(1)} MB`;
const only = process.argv[2];

const noErrors = { all: () => [], sizing: () => [] };

if (only === undefined || only === 'resolve') {
  const big = generateConfig(100_000);
  const bigText = JSON.stringify(big, null, 2);
  const globalBlock = globalLayer(big);
  const guide = (): void => {
    const strategies = resolveStrategies(big);
    previewAll({ strategies, engine: undefined, globalLayer: globalBlock }, noErrors, inputs);
  };
  const both = (): void => {
    const strategies = resolveStrategies(big);
    const engine = resolveEngine(big);
    previewAll({ strategies, engine, globalLayer: globalBlock }, noErrors, inputs);
  };
  await report({
    label: 'resolve + preview (guide + engine model), 100,000 strategies',
    run: both,
    baseline: () => JSON.parse(bigText) as unknown,
    baselineLabel: `JSON.parse of its ${mb(bigText)}`,
    goal: '≤ 100 ms',
    runs: 15,
  });
  // What the page runs (analysis-payload.ts): the engine handed the guide's ways, so it reads
  // each way of writing a block once. The line above keeps the measure its goal was set on.
  await report({
    label: "for reference: the same as the page runs it, the engine handed the guide's ways",
    run: () => {
      const resolution = resolveCompactly(big);
      const engine = resolveEngine(big, { blockIds: resolution.blockIds });
      previewAll(
        { strategies: resolution.rows(), engine, globalLayer: globalBlock },
        noErrors,
        inputs,
      );
    },
    baseline: () => JSON.parse(bigText) as unknown,
    baselineLabel: `JSON.parse of its ${mb(bigText)}`,
    goal: '-',
    runs: 15,
  });
  await report({
    label: 'the engine model added to resolve + preview, 100,000 strategies',
    run: both,
    baseline: guide,
    baselineLabel: 'the guide model alone',
    goal: '≤ 1.30×',
    runs: 15,
  });
  await report({
    label: 'engine + guide model + diagnostics, 100,000 strategies',
    run: () => {
      both();
      checkConfig(big, resolveStrategies(big), resolveEngine(big));
    },
    baseline: () => {
      guide();
      checkConfig(big, resolveStrategies(big));
    },
    baselineLabel: 'guide model + its diagnostics',
    goal: '≤ 1.30×',
    runs: 9,
  });
}

if (only === undefined || only === 'analyse') {
  const { text: fiveMb, strategies } = generateText(5 * 1024 * 1024);
  const parse = (): unknown => JSON.parse(fiveMb);
  const label = `${mb(fiveMb)} (${strategies.toLocaleString('en-US')} strategies)`;
  await report({
    label: `parse + diagnostics, ${label}`,
    run: () => void analyzeText(fiveMb),
    baseline: parse,
    baselineLabel: 'JSON.parse',
    goal: '≤ 2×',
    runs: 15,
  });
  await report({
    label: `the same, each sample 6 calls in a row (each side pays its own collections), ${label}`,
    run: () => void analyzeText(fiveMb),
    baseline: parse,
    baselineLabel: 'JSON.parse',
    goal: '≤ 2×',
    runs: 7,
    calls: 6,
  });
  const varied = generateText(5 * 1024 * 1024, generateVariedConfig);
  await report({
    label: `for reference: parse + diagnostics, no two strategies sized alike, ${mb(varied.text)} (${varied.strategies.toLocaleString('en-US')} strategies)`,
    run: () => void analyzeText(varied.text),
    baseline: () => JSON.parse(varied.text) as unknown,
    baselineLabel: 'JSON.parse',
    goal: '-',
    runs: 9,
  });
  await report({
    label: `parse + diagnostics + full position tree forced, ${label}`,
    run: () => void analyzeText(fiveMb).parsed.tree(),
    baseline: parse,
    baselineLabel: 'JSON.parse',
    goal: '≤ 6×',
    runs: 7,
  });
  await report({
    label: `for reference: the same with every tree node and value read, ${label}`,
    run: () => void readAll(analyzeText(fiveMb).parsed.tree()),
    baseline: parse,
    baselineLabel: 'JSON.parse',
    goal: '-',
    runs: 5,
  });
  await report({
    label: `for reference: jsonc-parser parseTree alone, ${label}`,
    run: () => void parseTree(fiveMb),
    baseline: parse,
    baselineLabel: 'JSON.parse',
    goal: '-',
    runs: 5,
  });
}

if (only === undefined || only === 'large') {
  const { text: fiftyMb, strategies } = generateText(50 * 1024 * 1024);
  await report({
    label: `parse + diagnostics, ${mb(fiftyMb)} (${strategies.toLocaleString('en-US')} strategies)`,
    run: () => void analyzeText(fiftyMb),
    baseline: () => JSON.parse(fiftyMb) as unknown,
    baselineLabel: 'JSON.parse',
    goal: '≤ 1.5×',
    runs: 5,
  });
  // What any analysis pays before reading a strategy: the goal's budget is what is left above it.
  await report({
    label: `for reference: the floor under it, parseText alone (JSON.parse, the repeated-key proof, the schema walk), ${mb(fiftyMb)}`,
    run: () => void parseText(fiftyMb, { schema: true }),
    baseline: () => JSON.parse(fiftyMb) as unknown,
    baselineLabel: 'JSON.parse',
    goal: '-',
    runs: 5,
  });
}

if (only === undefined || only === 'edit') {
  const thousand = JSON.stringify(generateConfig(1000), null, 2);
  let toggle = 0;
  await report({
    label: 'single-value edit + re-analyse + preview, 1,000 strategies',
    run: () => {
      toggle++;
      const next = applyEdits(
        thousand,
        setSizingValue(thousand, { kind: 'global' }, 'fixed_amount_usd', 1000 + (toggle % 2)),
      );
      const analysis = analyzeText(next);
      previewAll(analysis, indexStrategyErrors(analysis), inputs);
    },
    baseline: () => JSON.parse(thousand) as unknown,
    baselineLabel: 'JSON.parse',
    goal: '≤ 5 ms',
    runs: 31,
  });
}

if (only === undefined || only === 'export') {
  // Export of a JSONC file (a comment and a trailing comma per strategy), from its analysis to
  // the checked strict text, against JSON.parse + JSON.stringify of that strict text.
  for (const [count, expandInheritance] of [
    [50_000, false],
    [10_000, true],
  ] as const) {
    const analysis = analyzeText(generateJsonc(count));
    const result = exportConfig(analysis, { expandInheritance });
    if (!result.ok) throw new Error(result.message);
    const what = expandInheritance ? 'export --expand-inheritance' : 'strict export';
    await report({
      label: `${what}, ${count.toLocaleString('en-US')} JSONC strategies`,
      run: () => void exportConfig(analysis, { expandInheritance }),
      baseline: () => JSON.stringify(JSON.parse(result.text)),
      baselineLabel: 'JSON.parse + JSON.stringify',
      goal: '≤ 3×',
      runs: 5,
    });
  }
}

if (only === undefined || only === 'cli') await benchCliStartup();
