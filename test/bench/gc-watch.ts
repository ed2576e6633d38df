import { PerformanceObserver } from 'node:perf_hooks';

/**
 * The garbage collections that run while it watches, on performance.now()'s clock. Why: a
 * single call's time includes whatever collection lands in it, and where collections land
 * decides an interleaved ratio as much as the code does; the bench says how much of each
 * median was collecting.
 */
export class GcWatch {
  private readonly spans: { readonly start: number; readonly duration: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      this.spans.push({ start: entry.startTime, duration: entry.duration });
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Stops watching, once the collections of the last samples have been reported. */
  async stop(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.observer.disconnect();
  }

  /** Milliseconds of collection that began between `from` and `to`. */
  within(from: number, to: number): number {
    let total = 0;
    for (const span of this.spans)
      if (span.start >= from && span.start < to) total += span.duration;
    return total;
  }
}
