import { performance } from 'node:perf_hooks';

/** The middle sample; of an even count, the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

/** Milliseconds one call of `run` takes. */
export function timeOf(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * Milliseconds per call of `run`, over `calls` calls timed as one. Each call then pays for the
 * garbage collections its own allocations cause, wherever in the block they fall; a single
 * call's time depends on whether a collection the previous subject caused lands in it.
 */
export function blockTimeOf(run: () => unknown, calls: number): number {
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) run();
  return (performance.now() - t0) / calls;
}

/** What is measured, by name: each returns the milliseconds one sample took. */
type Subjects = Record<string, () => number | Promise<number>>;

/**
 * Medians of `runs` rounds after one warm-up round. Each round takes one sample of every
 * subject in turn, so a busy machine slows the baselines and the subjects alike.
 */
export async function interleaved(subjects: Subjects, runs: number): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>(Object.keys(subjects).map((name) => [name, []]));
  for (let round = 0; round <= runs; round++) {
    for (const [name, sample] of Object.entries(subjects)) {
      const taken = sample();
      // A synchronous sample stays synchronous: no extra turn of the event loop between samples.
      const elapsed = typeof taken === 'number' ? taken : await taken;
      if (round > 0) samples.get(name)?.push(elapsed);
    }
  }
  return new Map([...samples].map(([name, list]) => [name, median(list)]));
}
