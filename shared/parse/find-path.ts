import type { JSONScanner } from 'jsonc-parser';
import { createScanner } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { TextRange } from '../text-position.ts';
import { Kind, scanKind, tokenKind } from './jsonc-codes.ts';

// Every position here comes from jsonc-parser's own scanner, so strings, escapes, comments and
// line breaks (an unterminated string ends at one, a `//` comment at \r or \n) are read exactly
// as the parser that builds the tree reads them.

/** Where a value sits in the text, with its property name's range when it is a property. */
export interface ValueLocation {
  readonly value: TextRange;
  readonly key: TextRange | undefined;
  readonly kind: 'object' | 'array' | 'scalar';
}

/** Which copy of a repeated key a path step leads to: the first, or the last (the one in effect). */
export type KeyCopy = 'first' | 'last';

/**
 * Finds the value at a path by scanning only as far as it needs, skipping whole subtrees
 * token by token without building a tree: the cheap way to one position in a large document.
 * Where the blocks it passed start is remembered for the last text, so the next lookups in the
 * same text (one per diagnostic) resume there instead of rescanning from the top. With
 * `'last'`, a repeated key leads to its last copy: the one in effect, as in `json.load`.
 */
export function findPath(
  text: string,
  path: JsonPath,
  copy: KeyCopy = 'first',
): ValueLocation | undefined {
  const scanner = createScanner(text, true);
  const index = indexFor(text);
  scanKind(scanner);
  let key: TextRange | undefined;
  for (const segment of path) {
    const open = tokenKind(scanner);
    if (open === Kind.OpenBrace && typeof segment === 'string') {
      key = toMember(scanner, index, segment, copy);
      if (key === undefined) return undefined;
    } else if (open === Kind.OpenBracket && typeof segment === 'number') {
      if (!toElement(scanner, index, segment)) return undefined;
      key = undefined;
    } else return undefined;
  }
  const first = tokenKind(scanner);
  const offset = scanner.getTokenOffset();
  const end = valueEnd(scanner);
  if (end < 0) return undefined;
  return {
    value: { offset, length: end - offset },
    key,
    kind: first === Kind.OpenBrace ? 'object' : first === Kind.OpenBracket ? 'array' : 'scalar',
  };
}

/** What earlier lookups learnt about one text's blocks, by the offset of their opening bracket. */
interface TextIndex {
  readonly text: string;
  readonly lists: Map<number, ListIndex>;
  readonly objects: Map<number, ObjectIndex>;
}

interface ListIndex {
  /** Offsets of the first tokens of the elements read so far, in order. */
  readonly starts: number[];
  ended: boolean;
}

/** A member as read: its key's range and its value's first token. */
interface MemberAt {
  readonly key: TextRange;
  readonly valueAt: number;
}

interface ObjectIndex {
  /** The first and the last member of each name read so far. */
  readonly members: Map<string, { readonly first: MemberAt; last: MemberAt }>;
  /** The value offsets of the members read so far, in order: reading resumes at the last. */
  readonly values: number[];
  ended: boolean;
}

let lastIndex: TextIndex | undefined;

/**
 * What is known of `text`: the last text's index, or what of it still holds when `text` is an
 * edit of it. A fact learnt at an offset before the first changed character still holds: the
 * token there starts after a comma, colon, bracket, space or comment, all unchanged, so
 * scanning from it reads the new text exactly as scanning from the top would.
 */
function indexFor(text: string): TextIndex {
  const last = lastIndex;
  if (last?.text === text) return last;
  lastIndex = { text, lists: new Map(), objects: new Map() };
  if (last === undefined) return lastIndex;
  const kept = commonPrefix(last.text, text);
  for (const [open, list] of last.lists) {
    if (open >= kept) continue;
    list.starts.length = countBelow(list.starts, kept);
    list.ended = false;
    lastIndex.lists.set(open, list);
  }
  for (const [open, block] of last.objects) {
    if (open >= kept) continue;
    block.values.length = countBelow(block.values, kept);
    for (const [name, member] of block.members) {
      if (member.first.valueAt >= kept) block.members.delete(name);
      // A later copy may have changed: read the name's copies again from its first.
      else if (member.last.valueAt >= kept) {
        block.members.delete(name);
        block.values.length = countBelow(block.values, member.first.valueAt);
      }
    }
    block.ended = false;
    lastIndex.objects.set(open, block);
  }
  return lastIndex;
}

/** The length of the longest common prefix, compared a chunk at a time natively. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const step of [65536, 1024, 1]) {
    while (
      i + step <= n &&
      (step === 1
        ? a.charCodeAt(i) === b.charCodeAt(i)
        : a.slice(i, i + step) === b.slice(i, i + step))
    )
      i += step;
  }
  return i;
}

/** How many of the ascending offsets lie below `limit`. */
function countBelow(offsets: readonly number[], limit: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Puts the scanner on the token that starts at `offset` (the scanner keeps no other state). */
function jump(scanner: JSONScanner, offset: number): void {
  scanner.setPosition(offset);
  scanKind(scanner);
}

/** Puts the scanner on a member's value and gives its key's range. */
function at(scanner: JSONScanner, member: MemberAt | undefined): TextRange | undefined {
  if (member === undefined) return undefined;
  jump(scanner, member.valueAt);
  return member.key;
}

/**
 * From `{`, moves to the value of the member named `name` (its first copy, or with `'last'`
 * its last, which needs the whole object read); gives its key's range.
 */
function toMember(
  scanner: JSONScanner,
  index: TextIndex,
  name: string,
  copy: KeyCopy,
): TextRange | undefined {
  const open = scanner.getTokenOffset();
  let block = index.objects.get(open);
  if (block === undefined) {
    block = { members: new Map(), values: [], ended: false };
    index.objects.set(open, block);
  }
  const known = block.members.get(name);
  if (copy === 'first' && known !== undefined) return at(scanner, known.first);
  if (block.ended) return at(scanner, known?.last);
  const last = block.values.at(-1);
  if (last !== undefined) {
    jump(scanner, last);
    if (valueEnd(scanner) < 0 || scanKind(scanner) !== Kind.Comma)
      return ended(scanner, block, name);
  }
  while (scanKind(scanner) === Kind.String) {
    const key = { offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
    const member = scanner.getTokenValue();
    if (scanKind(scanner) !== Kind.Colon) return ended(scanner, block, name);
    scanKind(scanner);
    const read = { key, valueAt: scanner.getTokenOffset() };
    block.values.push(read.valueAt);
    const seen = block.members.get(member);
    if (seen === undefined) block.members.set(member, { first: read, last: read });
    else seen.last = read;
    if (member === name && copy === 'first') return key;
    if (valueEnd(scanner) < 0 || scanKind(scanner) !== Kind.Comma)
      return ended(scanner, block, name);
  }
  return ended(scanner, block, name);
}

/** The object is read to its end: its last member named `name`, if any. */
function ended(scanner: JSONScanner, block: ObjectIndex, name: string): TextRange | undefined {
  end(block);
  return at(scanner, block.members.get(name)?.last);
}

function end(block: { ended: boolean }): undefined {
  block.ended = true;
  return undefined;
}

/** From `[`, moves to the element at `at`. */
function toElement(scanner: JSONScanner, index: TextIndex, at: number): boolean {
  const open = scanner.getTokenOffset();
  let list = index.lists.get(open);
  if (list === undefined) {
    list = { starts: [], ended: false };
    index.lists.set(open, list);
  }
  const { starts } = list;
  const known = starts[at];
  if (known !== undefined) {
    jump(scanner, known);
    return true;
  }
  if (list.ended) return false;
  const last = starts.at(-1);
  if (last !== undefined) {
    jump(scanner, last);
    if (valueEnd(scanner) < 0 || scanKind(scanner) !== Kind.Comma) return end(list) === true;
  }
  for (let kind = scanKind(scanner); kind !== Kind.CloseBracket && kind !== Kind.EOF;) {
    starts.push(scanner.getTokenOffset());
    if (starts.length - 1 === at) return true;
    if (valueEnd(scanner) < 0 || scanKind(scanner) !== Kind.Comma) break;
    kind = scanKind(scanner);
  }
  return end(list) === true;
}

/**
 * The offset just past the value whose first token is the current one (the scanner is left on
 * its last token), or -1 when no value starts there. An unclosed block ends with the text, as
 * in jsonc-parser's tree.
 */
function valueEnd(scanner: JSONScanner): number {
  const first = tokenKind(scanner);
  if (first !== Kind.OpenBrace && first !== Kind.OpenBracket) {
    return first >= Kind.Null && first <= Kind.Number
      ? scanner.getTokenOffset() + scanner.getTokenLength()
      : -1;
  }
  let depth = 1;
  for (;;) {
    const kind = scanKind(scanner);
    if (kind === Kind.OpenBrace || kind === Kind.OpenBracket) depth++;
    else if (kind === Kind.CloseBrace || kind === Kind.CloseBracket) {
      if (--depth === 0) return scanner.getTokenOffset() + 1;
    } else if (kind === Kind.EOF) return scanner.getTokenOffset();
  }
}

/** Skips whitespace and comments. */
export function skipTrivia(text: string, from: number): number {
  const scanner = createScanner(text, true);
  scanner.setPosition(from);
  scanKind(scanner);
  return scanner.getTokenOffset();
}

/** The offset just past the value starting at `from` (strings, nested blocks and comments skipped). */
export function skipValue(text: string, from: number): number {
  const scanner = createScanner(text, true);
  scanner.setPosition(from);
  scanKind(scanner);
  const end = valueEnd(scanner);
  return end < 0 ? from : end;
}
