import type { Analysis } from '../../shared/analyze.ts';
import type { AnalysisPayload } from './analysis-payload.ts';
import { fromPayload } from './analysis-payload.ts';

/** What the page posts to the analysis worker. */
export interface AnalysisRequest {
  readonly id: number;
  readonly text: string;
  readonly bom: boolean;
}

/** What the worker posts back. */
export interface AnalysisReply {
  readonly id: number;
  readonly payload: AnalysisPayload;
}

/** The part of a Worker the analyzer uses (a fake in tests). */
export interface WorkerPort {
  postMessage(request: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * Analyses a text elsewhere: the analysis, undefined when a newer request superseded this one
 * before it started, or a rejection when the worker failed (the caller analyses in place then).
 */
export type BackgroundAnalyzer = (text: string, bom: boolean) => Promise<Analysis | undefined>;

interface Job extends AnalysisRequest {
  resolve(analysis: Analysis | undefined): void;
  reject(error: unknown): void;
}

/**
 * A background analyzer on a worker started on first use. One request runs at a time and only
 * the newest waiting one is kept: while typing, the worker never works through a backlog.
 */
export function createBackgroundAnalyzer(start: () => WorkerPort): BackgroundAnalyzer {
  let port: WorkerPort | undefined;
  let running: Job | undefined;
  let waiting: Job | undefined;
  let ids = 0;

  const send = (job: Job, to: WorkerPort) => {
    running = job;
    to.postMessage({ id: job.id, text: job.text, bom: job.bom });
  };
  const connect = (): WorkerPort => {
    const started = start();
    started.onmessage = ({ data }) => {
      const job = running;
      if (job === undefined || data.id !== job.id) return;
      running = undefined;
      const next = waiting;
      waiting = undefined;
      // A newer text is waiting: this result is already stale, so skip rebuilding it.
      job.resolve(next === undefined ? fromPayload(job.text, job.bom, data.payload) : undefined);
      if (next !== undefined) send(next, started);
    };
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      port = undefined;
      for (const job of [running, waiting]) job?.reject(new Error(event.message));
      running = undefined;
      waiting = undefined;
    };
    return started;
  };

  return (text, bom) =>
    new Promise<Analysis | undefined>((resolve, reject) => {
      port ??= connect();
      const job: Job = { id: ++ids, text, bom, resolve, reject };
      if (running === undefined) send(job, port);
      else {
        waiting?.resolve(undefined);
        waiting = job;
      }
    });
}
