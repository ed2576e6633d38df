// `npm run profile phases`: what each step of analyzeText costs at 5 MB, against JSON.parse of
// the same text in the same rounds. The parse and the schema walk alone set a floor under any
// goal stated as a ratio to JSON.parse; this shows how much of the budget is left above it.
// A split, not a sum: a collection of one step's garbage lands on whichever step triggers it,
// so single medians move by a few milliseconds between runs.
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../../shared/analyze.ts';
import { checkConfig } from '../../shared/diagnostics/check-config.ts';
import { finalizeDiagnostics } from '../../shared/diagnostics/finalize-diagnostics.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { startCauses } from '../../shared/engine/engine-start.ts';
import { parseText } from '../../shared/parse/parse-text.ts';
import { resolveStrategies } from '../../shared/resolve/resolve-strategies.ts';
import { generateText } from './generate-config.ts';

const ROUNDS = 15;

/** Prints the median of every step, each round timing all of them once, JSON.parse first. */
export function printAnalysisPhases(): void {
  const { text, strategies: count } = generateText(5 * 1024 * 1024);
  const parsed = parseText(text, { schema: true });
  const config = parsed.value as Record<string, unknown>;
  const strategies = resolveStrategies(config);
  const engine = resolveEngine(config);
  const drafts = checkConfig(config, strategies, engine, parsed.schemaIssues);
  const steps: Record<string, () => unknown> = {
    'JSON.parse': () => JSON.parse(text) as unknown,
    'parseText (+ repeated-key proof, value walk)': () => parseText(text),
    'parseText with the schema in its walk': () => parseText(text, { schema: true }),
    'resolveStrategies (guide)': () => resolveStrategies(config),
    'resolveEngine (engine)': () => resolveEngine(config),
    '  of which startCauses': () => startCauses(config),
    'checkConfig, schema issues handed over': () =>
      checkConfig(config, strategies, engine, parsed.schemaIssues),
    [`finalizeDiagnostics (${drafts.length.toLocaleString('en-US')} drafts)`]: () =>
      finalizeDiagnostics(text, parsed, drafts),
    'analyzeText (all of it)': () => analyzeText(text),
  };
  const samples = new Map(Object.keys(steps).map((name) => [name, [] as number[]]));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, step] of Object.entries(steps)) {
      const t0 = performance.now();
      step();
      // Round 0 warms the code up.
      if (round > 0) samples.get(name)?.push(performance.now() - t0);
    }
  }
  const median = (list: number[]): number => [...list].sort((a, b) => a - b)[list.length >> 1] ?? 0;
  const base = median(samples.get('JSON.parse') ?? []);
  console.log(
    `\nanalyzeText's steps, 5 MB (${count.toLocaleString('en-US')} strategies), medians of ${ROUNDS}:`,
  );
  for (const [name, list] of samples) {
    const ms = median(list);
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms  ${(ms / base).toFixed(2)}×`);
  }
}
