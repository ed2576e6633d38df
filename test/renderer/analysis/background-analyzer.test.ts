import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { toPayload } from '../../../renderer/analysis/analysis-payload.ts';
import type {
  AnalysisReply,
  AnalysisRequest,
  WorkerPort,
} from '../../../renderer/analysis/background-analyzer.ts';
import { createBackgroundAnalyzer } from '../../../renderer/analysis/background-analyzer.ts';

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerPort {
  readonly posted: AnalysisRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(request: AnalysisRequest): void {
    this.posted.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the request posted `index`-th. */
  answer(index: number): void {
    const request = this.posted[index];
    if (request === undefined) throw new Error('nothing posted');
    const payload = structuredClone(toPayload(analyzeText(request.text, request.bom)));
    this.onmessage?.({ data: { id: request.id, payload } } as MessageEvent<AnalysisReply>);
  }

  fail(): void {
    this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const analyze = createBackgroundAnalyzer(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { analyze, workers };
}

describe('background-analyzer', () => {
  describe('createBackgroundAnalyzer()', () => {
    it('starts the worker on first use and resolves with the analysis of the text', async () => {
      const { analyze, workers } = setup();
      expect(workers).toHaveLength(0);
      const result = analyze('{"strategies": []}', true);
      workers[0]?.answer(0);
      const analysis = await result;
      expect(analysis?.text).toBe('{"strategies": []}');
      expect(analysis?.bom).toBe(true);
      expect(analysis?.config).toEqual({ strategies: [] });
    });

    it('runs one request at a time and keeps only the newest waiting one', async () => {
      const { analyze, workers } = setup();
      const first = analyze('{"a": 1}', false);
      const second = analyze('{"a": 2}', false);
      const third = analyze('{"a": 3}', false);
      const w = workers[0] as FakeWorker;
      expect(w.posted.map((r) => r.text)).toEqual(['{"a": 1}']);
      expect(await second).toBeUndefined();
      w.answer(0);
      // The first result is stale already (a newer text waits): not rebuilt.
      expect(await first).toBeUndefined();
      expect(w.posted.map((r) => r.text)).toEqual(['{"a": 1}', '{"a": 3}']);
      w.answer(1);
      expect((await third)?.config).toEqual({ a: 3 });
    });

    it('rejects what it holds when the worker fails, and starts a new worker next time', async () => {
      const { analyze, workers } = setup();
      const first = analyze('{}', false);
      const second = analyze('{"b": 1}', false);
      workers[0]?.fail();
      await expect(first).rejects.toThrow('boom');
      await expect(second).rejects.toThrow('boom');
      expect(workers[0]?.terminated).toBe(true);
      const again = analyze('{"c": 1}', false);
      workers[1]?.answer(0);
      expect((await again)?.config).toEqual({ c: 1 });
    });
  });
});
