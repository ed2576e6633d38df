import type * as Monaco from './monaco.ts';
import type { Diagnostic } from '../../shared/diagnostics/diagnostic.ts';

/** The shared diagnostics as Monaco markers (the only place they become markers). */
export function markersOf(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly Diagnostic[],
): Monaco.editor.IMarkerData[] {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  return diagnostics.map((d) => {
    const start = model.getPositionAt(d.range.offset);
    const end = model.getPositionAt(d.range.offset + Math.max(d.range.length, 1));
    return {
      severity: severity[d.severity],
      message: d.message,
      code: d.code,
      source: 'Spark Config',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}
