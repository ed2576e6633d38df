import type { WorkerOptions } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import type { ExportOutcome, PrepareExport } from './prepare-export.ts';
import { prepareExportInProcess } from './prepare-export.ts';

/** Below this many characters an export takes milliseconds: a thread would cost more. */
const OFF_THREAD_FROM_CHARS = 256 * 1024;

/**
 * Prepares big exports in a worker thread running `workerFile`, so the window never freezes
 * (50,000 strategies take seconds to read); small ones in process. A thread is started per
 * export and ended with it: exports are rare, and nothing stays in memory between them.
 */
export function exportOffThread(
  workerFile: string | URL,
  options: WorkerOptions = {},
  fromChars = OFF_THREAD_FROM_CHARS,
): PrepareExport {
  return (request) => {
    if (request.text.length < fromChars) return prepareExportInProcess(request);
    return new Promise<ExportOutcome>((resolve) => {
      const worker = new Worker(workerFile, options);
      let done = false;
      const finish = (outcome: ExportOutcome): void => {
        if (done) return;
        done = true;
        resolve(outcome);
        void worker.terminate();
      };
      worker.once('message', (outcome: ExportOutcome) => finish(outcome));
      worker.once('error', (error) =>
        finish({ ok: false, message: `Export failed: ${error.message}. Nothing was written.` }),
      );
      worker.once('exit', (code) =>
        finish({ ok: false, message: `Export stopped (code ${code}). Nothing was written.` }),
      );
      worker.postMessage(request);
    });
  };
}
