// Worker thread entry: prepares one export per message, off the main process's event loop.
import { parentPort } from 'node:worker_threads';
import type { ExportRequest } from './prepare-export.ts';
import { prepareExportNow } from './prepare-export.ts';

parentPort?.on('message', (request: ExportRequest) => {
  parentPort?.postMessage(prepareExportNow(request));
});
