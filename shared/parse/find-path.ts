import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { TextRange } from '../text-position.ts';

/** Where a value sits in the text, with its property name's range when it is a property. */
export interface ValueLocation {
  readonly value: TextRange;
  readonly key: TextRange | undefined;
  readonly kind: 'object' | 'array' | 'scalar';
}

/** Which copy of a key repeated in one object a path goes through. */
export type KeyCopy = 'first' | 'last';

/**
 * Finds the value at a path by scanning only as far as it needs, skipping whole subtrees
 * without building a tree: the cheap way to one position in a large document. With `'last'`,
 * a repeated key leads to its last copy: the one in effect, as in `json.load`.
 */
export function findPath(
  text: string,
  path: JsonPath,
  copy: KeyCopy = 'first',
): ValueLocation | undefined {
  let pos = skipTrivia(text, 0);
  let key: TextRange | undefined;
  for (const segment of path) {
    const open = text.charCodeAt(pos);
    const found =
      open === 123
        ? findMember(text, pos, segment, copy)
        : open === 91
          ? findElement(text, pos, segment)
          : undefined;
    if (found === undefined) return undefined;
    pos = found.at;
    key = found.key;
  }
  const end = skipValue(text, pos);
  if (end <= pos) return undefined;
  const c = text.charCodeAt(pos);
  return {
    value: { offset: pos, length: end - pos },
    key,
    kind: c === 123 ? 'object' : c === 91 ? 'array' : 'scalar',
  };
}

interface Step {
  readonly at: number;
  readonly key: TextRange | undefined;
}

function findMember(
  text: string,
  open: number,
  segment: string | number,
  copy: KeyCopy,
): Step | undefined {
  if (typeof segment !== 'string') return undefined;
  let pos = skipTrivia(text, open + 1);
  let found: Step | undefined;
  while (text.charCodeAt(pos) === 34) {
    const keyEnd = skipString(text, pos);
    const raw = text.slice(pos + 1, keyEnd - 1);
    const name = raw.includes('\\') ? decodeKey(raw) : raw;
    const colon = skipTrivia(text, keyEnd);
    if (text.charCodeAt(colon) !== 58) return found;
    const valueAt = skipTrivia(text, colon + 1);
    if (name === segment) {
      found = { at: valueAt, key: { offset: pos, length: keyEnd - pos } };
      if (copy === 'first') return found;
    }
    pos = skipTrivia(text, skipValue(text, valueAt));
    if (text.charCodeAt(pos) !== 44) return found;
    pos = skipTrivia(text, pos + 1);
  }
  return found;
}

function findElement(text: string, open: number, segment: string | number): Step | undefined {
  if (typeof segment !== 'number') return undefined;
  let pos = skipTrivia(text, open + 1);
  for (let index = 0; pos < text.length && text.charCodeAt(pos) !== 93; index++) {
    if (index === segment) return { at: pos, key: undefined };
    pos = skipTrivia(text, skipValue(text, pos));
    if (text.charCodeAt(pos) !== 44) return undefined;
    pos = skipTrivia(text, pos + 1);
  }
  return undefined;
}

function decodeKey(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

/** Skips whitespace and comments. */
export function skipTrivia(text: string, from: number): number {
  let pos = from;
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
    else if (c === 47 && text.charCodeAt(pos + 1) === 47) {
      const end = text.indexOf('\n', pos);
      pos = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(pos + 1) === 42) {
      const end = text.indexOf('*/', pos + 2);
      pos = end < 0 ? text.length : end + 2;
    } else return pos;
  }
}

function skipString(text: string, open: number): number {
  for (let pos = open + 1; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 92) pos++;
    else if (c === 34) return pos + 1;
  }
  return text.length;
}

/** The offset just past the value starting at `from` (strings, nested blocks and comments skipped). */
export function skipValue(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (first === 34) return skipString(text, from);
  if (first !== 123 && first !== 91) {
    let pos = from;
    while (pos < text.length && !isDelimiter(text.charCodeAt(pos))) pos++;
    return pos;
  }
  let depth = 0;
  for (let pos = from; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 34) pos = skipString(text, pos) - 1;
    else if (c === 47) pos = Math.max(pos, skipTrivia(text, pos) - 1);
    else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return pos + 1;
  }
  return text.length;
}

function isDelimiter(c: number): boolean {
  return (
    c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9 || c === 47
  );
}
