import type { TextRange } from '../text-position.ts';

/** A comment or trailing comma: what strict JSON readers reject and export removes. */
export interface NonStrictToken {
  readonly kind: 'comment' | 'comma';
  readonly range: TextRange;
}

const QUOTE = 34;
const SLASH = 47;
const STAR = 42;
const COMMA = 44;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

/**
 * Every comment and trailing comma of a text that parses as JSONC, in text order; stops after
 * the first when `firstOnly`. A scan over character codes that jumps over strings and comments
 * with `indexOf`: jsonc-parser's scanner, which builds every token's value, took most of an
 * export's time.
 */
export function nonStrictTokens(text: string, firstOnly = false): NonStrictToken[] {
  const found: NonStrictToken[] = [];
  const n = text.length;
  let pendingComma = -1;
  for (let i = 0; i < n && !(firstOnly && found.length > 0);) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      pendingComma = -1;
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const end = lineEnd(text, i + 2);
      found.push({ kind: 'comment', range: { offset: i, length: end - i } });
      i = end;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      found.push({ kind: 'comment', range: { offset: i, length: end - i } });
      i = end;
    } else if (isTrivia(c)) {
      i++;
    } else {
      if (pendingComma >= 0 && (c === CLOSE_BRACE || c === CLOSE_BRACKET))
        found.push({ kind: 'comma', range: { offset: pendingComma, length: 1 } });
      pendingComma = c === COMMA ? i : -1;
      i++;
    }
  }
  // A trailing comma is recognised only at the bracket, after any comment that follows it.
  return found.sort((a, b) => a.range.offset - b.range.offset);
}

/** The offset just past the string opening at `start` (its closing quote, escapes skipped). */
function stringEnd(text: string, start: number): number {
  for (let q = text.indexOf('"', start + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Whitespace and line breaks as jsonc-parser's scanner reads them (anything else is a token). */
function isTrivia(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
