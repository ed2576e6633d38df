// `npm run profile phases [MB]`: what each step of analyzeText costs (5 MB unless told), against
// JSON.parse of the same text in the same rounds. The steps are the ones analyzeText runs, in
// its order, each handed what analyzeText hands it. The parse, the repeated-key proof and the
// schema walk set a floor under any goal stated as a ratio to JSON.parse; the last lines say
// how much of a goal's budget is left above that floor, and what the steps after it take.
// Finalizing sorts and wraps the diagnostics; their positions are found when first read.
// Last, stand-ins for weighing a redesign before building it (redesign-estimates.ts): every key
// of the value counted with nothing checked, under the schema walk; one loop over the strategies
// doing about what the models and checks must do of each; roughly what a core visiting each
// strategy once would take: the floor, that loop and finalizing; and the real floor and steps
// run slice by slice, for what finding each strategy's objects still in the cache would give.
// A split, not a sum: a collection of one step's garbage lands on whichever step triggers it,
// so single medians move by a few milliseconds between runs.
import { analyzeText, checkModels } from '../../shared/analyze.ts';
import { checkResolution } from '../../shared/diagnostics/check-config.ts';
import { finalizeDiagnostics } from '../../shared/diagnostics/finalize-diagnostics.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { firstIndicesOfNames } from '../../shared/engine/name-set.ts';
import { parseText } from '../../shared/parse/parse-text.ts';
import { resolveCompactly } from '../../shared/resolve/resolve-strategies.ts';
import type { SchemaIssue } from '../../shared/schema/validate.ts';
import { generateText } from './generate-config.ts';
import { interleaved, timeOf } from './interleave.ts';
import { keysCounted, oneLoop, sliceBySlice } from './redesign-estimates.ts';

/** The bench's goals for the analysis, as ratios to JSON.parse, by file size. */
const GOAL_AT_MB: Readonly<Record<number, number>> = { 5: 2, 50: 1.5 };

const FLOOR = 'parseText: + repeated-key proof + schema walk';
const WEIGHING = 'for weighing: ';
const ONE_LOOP = `${WEIGHING}a stand-in loop over strategies`;
const SLICES = `${WEIGHING}the floor and steps, 5,000 at a time`;
const ALL = 'analyzeText (all of it)';

/** Prints the median of every step, each round timing all of them once, JSON.parse first. */
export async function printAnalysisPhases(mb = 5): Promise<void> {
  const { text, strategies: count } = generateText(mb * 1024 * 1024);
  const rounds = mb > 10 ? 7 : 15;
  const parsed = parseText(text, { schema: true });
  const config = parsed.value;
  const resolution = resolveCompactly(config);
  const names = firstIndicesOfNames(resolution.entries);
  const engine = resolveEngine(config, { names, blockIds: resolution.blockIds });
  const check = () => checkResolution(config, resolution, engine, parsed.schemaIssues, names);
  // The four steps of a config as analyzeText runs them, finalizing left out, all they make kept.
  const stepsOf = (value: unknown, issues: readonly SchemaIssue[] | undefined): unknown => {
    const guide = resolveCompactly(value);
    return [guide, checkModels(value, guide, issues)];
  };
  // The generated text is strict JSON with no parse drafts, so the checks' drafts are all of them.
  const found = check();
  const finalize = `finalizeDiagnostics (${found.length.toLocaleString('en-US')} drafts)`;
  const afterFloor: Record<string, () => unknown> = {
    'resolveCompactly (guide)': () => resolveCompactly(config),
    firstIndicesOfNames: () => firstIndicesOfNames(resolution.entries),
    'resolveEngine, names and ways handed over': () =>
      resolveEngine(config, { names, blockIds: resolution.blockIds }),
    checkResolution: check,
  };
  const steps: Record<string, () => unknown> = {
    'JSON.parse': () => JSON.parse(text) as unknown,
    'parseText: + repeated-key proof + value walk': () => parseText(text),
    [FLOOR]: () => parseText(text, { schema: true }),
    ...afterFloor,
    [finalize]: () => finalizeDiagnostics(text, parsed, found),
    [ALL]: () => analyzeText(text),
    [`${WEIGHING}every key counted, nothing checked`]: () => keysCounted(config),
    [ONE_LOOP]: () => oneLoop(config),
    [SLICES]: () => sliceBySlice(text, 5000, stepsOf),
  };
  const timed = Object.fromEntries(
    Object.entries(steps).map(([name, step]) => [name, () => timeOf(step)]),
  );
  const medians = await interleaved(timed, rounds);
  const base = medians.get('JSON.parse') ?? Number.NaN;
  console.log(
    `\nanalyzeText's steps, ${mb} MB (${count.toLocaleString('en-US')} strategies), medians of ${rounds}:`,
  );
  let setApart = false;
  for (const [name, ms] of medians) {
    // The stand-ins are no step of the analysis: set apart from the steps above them.
    if (name.startsWith(WEIGHING) && !setApart) {
      setApart = true;
      console.log('  stand-ins, not steps of the analysis (redesign-estimates.ts):');
    }
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms  ${(ms / base).toFixed(2)}×`);
  }
  const goal = GOAL_AT_MB[mb];
  if (goal === undefined) return;
  const floor = medians.get(FLOOR) ?? Number.NaN;
  const after = Object.keys(afterFloor).reduce(
    (sum, name) => sum + (medians.get(name) ?? Number.NaN),
    0,
  );
  const perStrategy = (ms: number): string => `${((ms * 1e6) / count).toFixed(0)} ns a strategy`;
  console.log(
    `  goal ≤ ${goal}× leaves ${(goal * base - floor).toFixed(1)} ms above the floor (${perStrategy(goal * base - floor)}); the models, names and checks take ${after.toFixed(1)} ms (${perStrategy(after)}), before the diagnostics are finalized`,
  );
  // Roughly what a core visiting each strategy once would take, with the floor and finalizing it
  // would still pay: whether a redesign could reach the goal at all, before it is built.
  const loop = medians.get(ONE_LOOP) ?? Number.NaN;
  const roughly = floor + loop + (medians.get(finalize) ?? Number.NaN);
  console.log(
    `  a one-visit core, roughly: the floor, the stand-in loop (${perStrategy(loop)}) and finalizing, ${roughly.toFixed(1)} ms = ${(roughly / base).toFixed(2)}×`,
  );
  // What the real steps gain from finding each slice's objects still in the cache.
  const sliced = (medians.get(SLICES) ?? Number.NaN) + (medians.get(finalize) ?? Number.NaN);
  console.log(
    `  locality: slice by slice, finalizing added, ${sliced.toFixed(1)} ms = ${(sliced / base).toFixed(2)}×, against analyzeText's ${(medians.get(ALL) ?? Number.NaN).toFixed(1)} ms`,
  );
}
