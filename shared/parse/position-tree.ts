import type { JSONScanner, Node, NodeType } from 'jsonc-parser';
import { createScanner } from 'jsonc-parser';
import { Kind } from './jsonc-codes.ts';
import { literalEnd, skipSpace, stringEnd } from './strict-skip.ts';

// The positions of every node come from one scanner pass into flat typed arrays (no object per
// node, so next to no garbage); the jsonc-parser `Node` objects the edits and views walk are
// made from them only where someone looks, each once, so identity and parent links hold.

const TYPES: readonly NodeType[] = [
  'object',
  'array',
  'property',
  'string',
  'number',
  'boolean',
  'null',
];
const [OBJECT, ARRAY, PROPERTY, STRING, NUMBER, BOOLEAN, NULL] = [0, 1, 2, 3, 4, 5, 6] as const;

/** Every node's type, range, parent and first child / next sibling, by node number. */
class Positions {
  type: Uint8Array;
  offset: Int32Array;
  length: Int32Array;
  parent: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** While building: the last child so far, to link the next one to. */
  lastChild: Int32Array;
  colon: Int32Array;
  count = 0;
  /** The root, once added. */
  root = -1;

  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.offset = new Int32Array(capacity);
    this.length = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.lastChild = new Int32Array(capacity);
    this.colon = new Int32Array(capacity);
  }

  /** A new last child of `parent` (-1: the root). */
  add(type: number, offset: number, parent: number): number {
    if (this.count === this.type.length) this.grow();
    const i = this.count++;
    this.type[i] = type;
    this.offset[i] = offset;
    this.length[i] = -1;
    this.parent[i] = parent;
    this.firstChild[i] = -1;
    this.nextSibling[i] = -1;
    this.lastChild[i] = -1;
    if (parent < 0) this.root = i;
    else {
      const last = this.lastChild[parent]!;
      if (last >= 0) this.nextSibling[last] = i;
      else this.firstChild[parent] = i;
      this.lastChild[parent] = i;
    }
    return i;
  }

  private grow(): void {
    const size = this.type.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.type = widen(this.type, (n) => new Uint8Array(n));
    const wide = [
      'offset',
      'length',
      'parent',
      'firstChild',
      'nextSibling',
      'lastChild',
      'colon',
    ] as const;
    for (const key of wide) {
      this[key] = widen(this[key], (n) => new Int32Array(n));
    }
  }
}

/**
 * The same tree as jsonc-parser's `parseTree` (trailing commas and comments allowed), from one
 * scanner pass, several times cheaper. Only for text without any syntax error: on the first
 * token the parser would fault it gives undefined, and the caller uses `parseTree`, which
 * reports and recovers. Iterative, so any depth is safe.
 *
 * With `strictJson`, for text `JSON.parse` accepted: the same tree from a character loop that
 * jumps over strings natively (see strict-skip.ts), a few times cheaper than the scanner's
 * token by token.
 */
export function buildPositionTree(text: string, strictJson = false): Node | undefined {
  return asTree(text, strictJson ? scanStrictPositions(text) : scanPositions(text));
}

function asTree(text: string, positions: Positions | undefined): Node | undefined {
  if (positions === undefined || positions.root < 0) return undefined;
  return asNode(new PositionNode(new Source(text, positions), positions.root, undefined));
}

// What the next token may be.
const VALUE = 0; // a value
const VALUE_OR_CLOSE = 1; // after `[` or `,` in a list: a value or `]`
const KEY_OR_CLOSE = 2; // after `{` or `,` in an object: a key or `}`
const COLON = 3; // after a key
const AFTER_VALUE = 4; // `,`, the closing bracket, or the end of the text

function scanPositions(text: string): Positions | undefined {
  const scanner = createScanner(text, false);
  const p = new Positions(Math.max(16, text.length >> 3));
  let open = -1; // the innermost open object, array or property
  let expect = VALUE;
  for (;;) {
    const kind: number = scanner.scan();
    // An unterminated string or comment, a bad escape or number: the parser faults it.
    if ((scanner.getTokenError() as number) !== 0) return undefined;
    if (kind >= Kind.LineComment && kind <= Kind.Trivia) continue;
    const offset = scanner.getTokenOffset();
    switch (expect) {
      case AFTER_VALUE:
        if (kind === Kind.EOF && open < 0) return p;
        if (kind === Kind.Comma && open >= 0) {
          expect = p.type[open] === OBJECT ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
          continue;
        }
        if (!closes(p, open, kind)) return undefined;
        open = close(p, open, offset + 1);
        continue;
      case COLON:
        if (kind !== Kind.Colon) return undefined;
        p.colon[open] = offset;
        expect = VALUE;
        continue;
      case KEY_OR_CLOSE:
        if (kind === Kind.CloseBrace) {
          open = close(p, open, offset + 1);
          expect = AFTER_VALUE;
        } else if (kind === Kind.String) {
          open = p.add(PROPERTY, offset, open);
          const key = p.add(STRING, offset, open); // before indexing: adding may grow the arrays
          p.length[key] = scanner.getTokenLength();
          expect = COLON;
        } else return undefined;
        continue;
      case VALUE_OR_CLOSE:
        if (kind === Kind.CloseBracket) {
          open = close(p, open, offset + 1);
          expect = AFTER_VALUE;
          continue;
        }
    }
    // A value is expected.
    if (kind === Kind.OpenBrace || kind === Kind.OpenBracket) {
      open = p.add(kind === Kind.OpenBrace ? OBJECT : ARRAY, offset, open);
      expect = kind === Kind.OpenBrace ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      continue;
    }
    const type = literalType(kind, scanner);
    if (type < 0) return undefined;
    const length = scanner.getTokenLength();
    const leaf = p.add(type, offset, open);
    p.length[leaf] = length;
    if (open >= 0 && p.type[open] === PROPERTY) open = close(p, open, offset + length);
    expect = AFTER_VALUE;
  }
}

function scanStrictPositions(text: string): Positions {
  const p = new Positions(Math.max(16, text.length >> 3));
  let open = -1; // the innermost open object, array or property
  for (let at = skipSpace(text, 0); at < text.length; at = skipSpace(text, at)) {
    const c = text.charCodeAt(at);
    if (c === 44)
      at++; // a comma
    else if (c === 58) p.colon[open] = at++;
    else if (c === 123 || c === 91) open = p.add(c === 123 ? OBJECT : ARRAY, at++, open);
    else if (c === 125 || c === 93) open = close(p, open, ++at);
    else if (c === 34 && open >= 0 && p.type[open] === OBJECT) {
      const end = stringEnd(text, at);
      open = p.add(PROPERTY, at, open);
      const key = p.add(STRING, at, open); // before indexing: adding may grow the arrays
      p.length[key] = end - at;
      at = end;
    } else {
      const end = c === 34 ? stringEnd(text, at) : literalEnd(text, at);
      const type = c === 34 ? STRING : c === 116 || c === 102 ? BOOLEAN : c === 110 ? NULL : NUMBER;
      const leaf = p.add(type, at, open);
      p.length[leaf] = end - at;
      if (open >= 0 && p.type[open] === PROPERTY) open = close(p, open, end);
      at = end;
    }
  }
  return p;
}

/** Ends node `open` at `end`, and the property holding it; gives the node now open. */
function close(p: Positions, open: number, end: number): number {
  p.length[open] = end - p.offset[open]!;
  const parent = p.parent[open]!;
  if (parent < 0 || p.type[parent] !== PROPERTY) return parent;
  p.length[parent] = end - p.offset[parent]!;
  return p.parent[parent]!;
}

function closes(p: Positions, open: number, kind: number): boolean {
  if (open < 0) return false;
  return kind === (p.type[open] === OBJECT ? Kind.CloseBrace : Kind.CloseBracket);
}

function literalType(kind: number, scanner: JSONScanner): number {
  switch (kind) {
    case Kind.String:
      return STRING;
    case Kind.Number:
      // jsonc-parser faults what Number() cannot read.
      return Number.isNaN(Number(scanner.getTokenValue())) ? -1 : NUMBER;
    case Kind.True:
    case Kind.False:
      return BOOLEAN;
    case Kind.Null:
      return NULL;
    default:
      return -1;
  }
}

/** The text and its positions, with a scanner to read a string's value when it is asked for. */
class Source {
  private readonly scanner: JSONScanner;

  constructor(
    readonly text: string,
    readonly positions: Positions,
  ) {
    this.scanner = createScanner(text, false);
  }

  literal(i: number): unknown {
    const p = this.positions;
    const offset = p.offset[i]!;
    switch (p.type[i]) {
      case STRING: {
        // The tree holds only well-formed strings: without an escape, the value is the text.
        const end = offset + p.length[i]! - 1;
        let at = offset + 1;
        while (at < end && this.text.charCodeAt(at) !== 92) at++;
        if (at === end) return this.text.slice(offset + 1, end);
        this.scanner.setPosition(offset);
        this.scanner.scan();
        return this.scanner.getTokenValue();
      }
      case NUMBER:
        return Number(this.text.slice(offset, offset + p.length[i]!));
      case BOOLEAN:
        return this.text.charCodeAt(offset) === 116; // t
      case NULL:
        return null;
      default:
        return undefined;
    }
  }
}

const UNREAD = Symbol('unread');

/**
 * A jsonc-parser `Node` whose children and value are made on first access. Every node has the
 * same fields (one object shape, fast to read): `parent` and `colonOffset` are undefined where
 * a parser node omits them, which jsonc-parser and every reader here treat alike.
 */
class PositionNode {
  readonly type: NodeType;
  readonly offset: number;
  readonly length: number;
  readonly colonOffset: number | undefined;
  private made: Node[] | undefined;
  private read: unknown = UNREAD;

  constructor(
    private readonly source: Source,
    private readonly index: number,
    readonly parent: Node | undefined,
  ) {
    const p = source.positions;
    const type = p.type[index]!;
    this.type = TYPES[type]!;
    this.offset = p.offset[index]!;
    this.length = p.length[index]!;
    this.colonOffset = type === PROPERTY ? p.colon[index] : undefined;
  }

  get children(): Node[] | undefined {
    if (this.made !== undefined) return this.made;
    const p = this.source.positions;
    const type = p.type[this.index]!;
    if (type !== OBJECT && type !== ARRAY && type !== PROPERTY) return undefined;
    const made: Node[] = [];
    for (let c = p.firstChild[this.index]!; c >= 0; c = p.nextSibling[c]!) {
      made.push(asNode(new PositionNode(this.source, c, asNode(this))));
    }
    this.made = made;
    return made;
  }

  get value(): unknown {
    if (this.read === UNREAD) this.read = this.source.literal(this.index);
    return this.read;
  }
}

function asNode(node: PositionNode): Node {
  return node as unknown as Node;
}
