import type { Diagnostic, DraftDiagnostic } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../../../shared/diagnostics/diagnostic.ts';
import type { ParsedText } from '../../../shared/parse/parse-text.ts';
import { locate, locateInText } from '../../../shared/parse/locate.ts';
import { lineStarts, positionAt } from '../../../shared/text-position.ts';

/**
 * The plain way to place diagnostics, kept as the reference for the optimised one: each draft
 * located on its own (scan to it, or from the full jsonc-parser tree), then all sorted by offset.
 */
export function finalizeReference(
  text: string,
  parsed: ParsedText,
  drafts: readonly DraftDiagnostic[],
): Diagnostic[] {
  if (drafts.length === 0) return [];
  const starts = lineStarts(text);
  const fewToLocate = drafts.filter((d) => d.range === undefined).length <= 64;
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of drafts) {
    const id = `${d.code}\u0000${JSON.stringify(d.path)}\u0000${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const range =
      d.range ??
      (fewToLocate ? locateInText(text, d.path, d.atKey) : locate(parsed.tree(), d.path, d.atKey));
    out.push({
      code: d.code,
      severity: SEVERITY_OF[d.code],
      message: d.message,
      path: d.path,
      range,
      start: positionAt(starts, range.offset),
      ...(d.setting === undefined ? {} : { setting: d.setting }),
      ...(d.fix === undefined ? {} : { fix: d.fix }),
    });
  }
  return out.sort((a, b) => a.range.offset - b.range.offset);
}
