/** 1-based line and column; columns count UTF-16 code units, as editors do. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** A span of the document text, in UTF-16 offsets. */
export interface TextRange {
  readonly offset: number;
  readonly length: number;
}

/** Offsets at which each line starts; `\r\n`, `\n` and a lone `\r` all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Converts an offset to a 1-based line and column using precomputed line starts. */
export function positionAt(starts: readonly number[], offset: number): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/**
 * {@link positionAt} for many offsets, given in ascending order, without the array of every
 * line's start: one forward pass that jumps from line break to line break natively.
 */
export function positionsAt(text: string, ascending: readonly number[]): LineColumn[] {
  const out: LineColumn[] = [];
  let line = 1;
  let lineStart = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (const offset of ascending) {
    for (;;) {
      const at = nextCr < 0 || (nextLf >= 0 && nextLf < nextCr) ? nextLf : nextCr;
      if (at < 0) break;
      const after = at === nextCr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
      if (after > offset) break;
      line++;
      lineStart = after;
      if (nextLf >= 0 && nextLf < after) nextLf = text.indexOf('\n', after);
      if (nextCr >= 0 && nextCr < after) nextCr = text.indexOf('\r', after);
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}
