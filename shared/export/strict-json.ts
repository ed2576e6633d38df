import { nonStrictTokens } from '../parse/non-strict.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { applyEdits, lineStartOf } from '../edits/text-edit.ts';

/** How far a comment's line is looked along for the line break or spaces after it. */
const LOOK_AHEAD = 200;

/**
 * Removes comments and trailing commas and nothing else: key order, indentation, number
 * spellings and line endings stay. A comment alone on its line takes the line with it.
 */
export function toStrictJson(text: string): string {
  return applyEdits(text, strictEdits(text));
}

/**
 * The edits {@link toStrictJson} applies, sorted and disjoint. Spaces are counted character by
 * character: a slice and a regular expression per comment cost more than finding the comments.
 */
export function strictEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = nonStrictTokens(text).map(({ kind, range }) => {
    if (kind === 'comma') return { offset: range.offset, length: range.length, content: '' };
    const lineStart = lineStartOf(text, range.offset);
    const blankBefore = isBlank(text, lineStart, range.offset);
    const end = range.offset + range.length;
    const lineBreak = lineBreakAfter(text, end);
    if (blankBefore && lineBreak > 0) {
      return { offset: lineStart, length: end - lineStart + lineBreak, content: '' };
    }
    if (blankBefore) {
      // First on its line with more after it: the spaces after it go, the indentation stays.
      const after = spacesFrom(text, end, Math.min(end + LOOK_AHEAD, text.length)) - end;
      return { offset: range.offset, length: range.length + after, content: '' };
    }
    const space = range.offset - spacesBack(text, lineStart, range.offset);
    return { offset: range.offset - space, length: range.length + space, content: '' };
  });
  return mergeOverlaps(edits);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** Where the run of spaces and tabs from `from` ends, at most at `limit`. */
function spacesFrom(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where the run of spaces and tabs ending at `end` starts, at least at `start`. */
function spacesBack(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Only whitespace (as `trim` reads it) between `start` and `end`. */
function isBlank(text: string, start: number, end: number): boolean {
  return spacesBack(text, start, end) === start || text.slice(start, end).trim() === '';
}

/** The length of the spaces and line break (CRLF, LF or CR) right after `end`, else 0. */
function lineBreakAfter(text: string, end: number): number {
  const limit = Math.min(end + LOOK_AHEAD, text.length);
  const at = spacesFrom(text, end, limit);
  if (at >= limit) return 0;
  const c = text.charCodeAt(at);
  if (c === 10) return at + 1 - end;
  if (c !== 13) return 0;
  return at + 1 < limit && text.charCodeAt(at + 1) === 10 ? at + 2 - end : at + 1 - end;
}

/** Whole-line removals may overlap a comma removal on the same line; keep them disjoint. */
function mergeOverlaps(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last !== undefined && e.offset < last.offset + last.length) {
      const end = Math.max(last.offset + last.length, e.offset + e.length);
      out[out.length - 1] = { offset: last.offset, length: end - last.offset, content: '' };
    } else {
      out.push(e);
    }
  }
  return out;
}
