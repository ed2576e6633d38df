import { analyzeText } from '../../shared/analyze.ts';
import { exportConfig } from '../../shared/export/export-config.ts';

/** What the export handler asks for. */
export interface ExportRequest {
  readonly text: string;
  readonly expandInheritance: boolean;
}

/** The strict text to write, or why there is none. */
export type ExportOutcome =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Prepares an export, here or elsewhere: a big config takes seconds to read and check. */
export type PrepareExport = (request: ExportRequest) => Promise<ExportOutcome>;

/** Reads, checks and converts the document text; the work a worker thread does. */
export function prepareExportNow(request: ExportRequest): ExportOutcome {
  const result = exportConfig(analyzeText(request.text), {
    expandInheritance: request.expandInheritance,
  });
  return result.ok ? { ok: true, text: result.text } : { ok: false, message: result.message };
}

/** The same work on the calling thread, for tests and texts too small to be worth a thread. */
export const prepareExportInProcess: PrepareExport = (request) =>
  Promise.resolve(prepareExportNow(request));
