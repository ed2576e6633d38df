// `npm run profile phases`: what each step of analyzeText costs at 5 MB, against JSON.parse of
// the same text in the same rounds. The parse and the schema walk alone set a floor under any
// goal stated as a ratio to JSON.parse; this shows how much of the budget is left above it.
// A split, not a sum: a collection of one step's garbage lands on whichever step triggers it,
// so single medians move by a few milliseconds between runs.
import { analyzeText } from '../../shared/analyze.ts';
import { checkConfig } from '../../shared/diagnostics/check-config.ts';
import { finalizeDiagnostics } from '../../shared/diagnostics/finalize-diagnostics.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { startCauses } from '../../shared/engine/engine-start.ts';
import { parseText } from '../../shared/parse/parse-text.ts';
import { resolveStrategies } from '../../shared/resolve/resolve-strategies.ts';
import { generateText } from './generate-config.ts';
import { interleaved, timeOf } from './interleave.ts';

const ROUNDS = 15;

/** Prints the median of every step, each round timing all of them once, JSON.parse first. */
export async function printAnalysisPhases(): Promise<void> {
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
  const timed = Object.fromEntries(
    Object.entries(steps).map(([name, step]) => [name, () => timeOf(step)]),
  );
  const medians = await interleaved(timed, ROUNDS);
  const base = medians.get('JSON.parse') ?? Number.NaN;
  console.log(
    `\nanalyzeText's steps, 5 MB (${count.toLocaleString('en-US')} strategies), medians of ${ROUNDS}:`,
  );
  for (const [name, ms] of medians) {
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms  ${(ms / base).toFixed(2)}×`);
  }
}
