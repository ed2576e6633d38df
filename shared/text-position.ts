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
