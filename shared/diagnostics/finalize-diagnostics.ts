import type { ParsedText } from '../parse/parse-text.ts';
import { locate, locateInText } from '../parse/locate.ts';
import { locateInStrictJson } from '../parse/locate-strict.ts';
import { textOrder } from '../parse/path-order.ts';
import type { LineColumn, TextRange } from '../text-position.ts';
import { lineStarts, positionAt, positionsAt } from '../text-position.ts';
import type { Diagnostic, DraftDiagnostic, JsonPath } from './diagnostic.ts';
import { SEVERITY_OF } from './diagnostic.ts';

/** Above this many drafts to place, one pass over the text beats a scan to each. */
const FEW = 64;

/**
 * The diagnostics of `drafts`, repeats dropped, sorted by position in the text. Where the
 * value tells the text order (see path-order.ts), ranges and line/column are found only when
 * one is first read, all at once: a large file with thousands of warnings is analysed without
 * reading a single position, and whoever lists them pays one pass.
 */
export function finalizeDiagnostics(
  text: string,
  parsed: ParsedText,
  drafts: readonly DraftDiagnostic[],
): Diagnostic[] {
  if (drafts.length === 0) return [];
  const unique = withoutRepeats(drafts);
  const few = drafts.filter((d) => d.range === undefined).length <= FEW;
  const order =
    parsed.native === true && unique.every((d) => d.range === undefined)
      ? textOrder(parsed.value, unique)
      : undefined;
  if (order === undefined) return placedNow(text, parsed, unique, few);
  const sorted = order.map((i) => unique[i]!);
  let placed: Placed | undefined;
  const place = (): Placed => {
    if (placed !== undefined) return placed;
    const ranges = few
      ? sorted.map((d) => locateInText(text, d.path, d.atKey))
      : locateInStrictJson(text, sorted);
    placed = { ranges, starts: startsOf(text, ranges) };
    return placed;
  };
  return sorted.map((d, n) => ({
    code: d.code,
    severity: SEVERITY_OF[d.code],
    message: d.message,
    path: d.path,
    // Own enumerable getters: spreading, JSON and structured cloning read them as plain values.
    get range() {
      return place().ranges[n]!;
    },
    get start() {
      return place().starts[n]!;
    },
    ...(d.setting === undefined ? {} : { setting: d.setting }),
    ...(d.fix === undefined ? {} : { fix: d.fix }),
  }));
}

interface Placed {
  readonly ranges: readonly TextRange[];
  readonly starts: readonly LineColumn[];
}

/** The drafts without repeats of an earlier one (same code, path and message). */
function withoutRepeats(drafts: readonly DraftDiagnostic[]): DraftDiagnostic[] {
  // Messages nearly always differ (they name the strategy): compare paths only when one repeats.
  const byMessage = new Map<string, DraftDiagnostic[]>();
  const unique: DraftDiagnostic[] = [];
  for (const d of drafts) {
    const same = byMessage.get(d.message);
    if (same === undefined) byMessage.set(d.message, [d]);
    else if (same.some((e) => e.code === d.code && samePath(e.path, d.path))) continue;
    else same.push(d);
    unique.push(d);
  }
  return unique;
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

/** Places every draft first, then sorts by offset (stable: equal offsets keep their order). */
function placedNow(
  text: string,
  parsed: ParsedText,
  unique: readonly DraftDiagnostic[],
  few: boolean,
): Diagnostic[] {
  const ranges = rangesOf(text, parsed, unique, few);
  const order = unique.map((_, i) => i).sort((a, b) => ranges[a]!.offset - ranges[b]!.offset);
  const starts = startsOf(
    text,
    order.map((i) => ranges[i]!),
  );
  return order.map((i, n) => {
    const d = unique[i]!;
    return {
      code: d.code,
      severity: SEVERITY_OF[d.code],
      message: d.message,
      path: d.path,
      range: ranges[i]!,
      start: starts[n]!,
      ...(d.setting === undefined ? {} : { setting: d.setting }),
      ...(d.fix === undefined ? {} : { fix: d.fix }),
    };
  });
}

/**
 * Each draft's range: its own, else found from its path. A few are found by scanning to each;
 * many in strict JSON by one skipping pass over the text; many in JSONC from the tree.
 */
function rangesOf(
  text: string,
  parsed: ParsedText,
  unique: readonly DraftDiagnostic[],
  few: boolean,
): TextRange[] {
  if (few || parsed.native !== true) {
    return unique.map(
      (d) =>
        d.range ??
        (few ? locateInText(text, d.path, d.atKey) : locate(parsed.tree(), d.path, d.atKey)),
    );
  }
  const found = locateInStrictJson(
    text,
    unique.filter((d) => d.range === undefined),
  );
  let next = 0;
  return unique.map((d) => d.range ?? found[next++]!);
}

/** Line and column of each range's start; one forward pass when they come in text order. */
function startsOf(text: string, ranges: readonly TextRange[]): LineColumn[] {
  const offsets = ranges.map((r) => r.offset);
  if (offsets.every((o, i) => i === 0 || offsets[i - 1]! <= o)) return positionsAt(text, offsets);
  const starts = lineStarts(text);
  return offsets.map((o) => positionAt(starts, o));
}
