import AnalysisWorker from './analysis.worker.ts?worker';
import type { BackgroundAnalyzer, WorkerPort } from './background-analyzer.ts';
import { createBackgroundAnalyzer } from './background-analyzer.ts';

/** Texts at least this long are analysed in the worker while typing; shorter ones in place. */
export const BACKGROUND_FROM = 1_000_000;

/** Analyses in a bundled Web Worker, started the first time a large text is typed. */
export const analyzeInWorker: BackgroundAnalyzer = createBackgroundAnalyzer(
  (): WorkerPort => new AnalysisWorker(),
);
