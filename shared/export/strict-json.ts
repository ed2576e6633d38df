import { nonStrictTokens } from '../parse/non-strict.ts';
import type { TextEdit } from '../edits/text-edit.ts';
import { applyEdits, lineStartOf } from '../edits/text-edit.ts';

const HORIZONTAL_SPACE = /[ \t]*$/;

/**
 * Removes comments and trailing commas and nothing else: key order, indentation, number
 * spellings and line endings stay. A comment alone on its line takes the line with it.
 */
export function toStrictJson(text: string): string {
  return applyEdits(text, strictEdits(text));
}

/** The edits {@link toStrictJson} applies, sorted and disjoint. */
export function strictEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = nonStrictTokens(text).map(({ kind, range }) => {
    if (kind === 'comma') return { offset: range.offset, length: range.length, content: '' };
    const lineStart = lineStartOf(text, range.offset);
    const before = text.slice(lineStart, range.offset);
    const end = range.offset + range.length;
    const lineBreak = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(end, end + 200));
    if (before.trim() === '' && lineBreak !== null) {
      return { offset: lineStart, length: end - lineStart + lineBreak[0].length, content: '' };
    }
    if (before.trim() === '') {
      // First on its line with more after it: the spaces after it go, the indentation stays.
      const after = /^[ \t]*/.exec(text.slice(end, end + 200))?.[0].length ?? 0;
      return { offset: range.offset, length: range.length + after, content: '' };
    }
    const space = HORIZONTAL_SPACE.exec(before)?.[0].length ?? 0;
    return { offset: range.offset - space, length: range.length + space, content: '' };
  });
  return mergeOverlaps(edits);
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
