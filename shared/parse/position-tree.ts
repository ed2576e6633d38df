import type { JSONScanner, Node, NodeType } from 'jsonc-parser';
import { createScanner } from 'jsonc-parser';
import { Kind } from './jsonc-codes.ts';
import { literalEnd, quoteAfter, skipSpace, stringEnd } from './strict-skip.ts';

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

/**
 * Every node's type and range, by node number. Nodes are numbered in document order, so a
 * node's first child is the next number and its next sibling is where its subtree ends: no
 * parent or sibling links need be stored, and adding a node writes four numbers.
 */
class Positions {
  type: Uint8Array;
  offset: Int32Array;
  length: Int32Array;
  /** One past the node's last descendant. */
  end: Int32Array;
  colon: Int32Array;
  count = 0;
  /** The innermost open object, array or property, or -1. */
  open = -1;
  /** While building: the nodes open around `open`, outermost first. */
  private readonly outer: number[] = [];

  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.offset = new Int32Array(capacity);
    this.length = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.colon = new Int32Array(capacity);
  }

  /** A new last child of the open node (the root when none is), left open when it is a block. */
  add(type: number, offset: number, length = -1): number {
    if (this.count === this.type.length) this.grow();
    const i = this.count++;
    this.type[i] = type;
    this.offset[i] = offset;
    this.length[i] = length;
    this.end[i] = i + 1;
    if (type === OBJECT || type === ARRAY || type === PROPERTY) {
      this.outer.push(this.open);
      this.open = i;
    }
    return i;
  }

  /** A scalar value ending at `offset + length`, which also ends the property holding it. */
  leaf(type: number, offset: number, length: number): void {
    this.add(type, offset, length);
    if (this.open >= 0 && this.type[this.open] === PROPERTY) this.close(offset + length);
  }

  /** Ends the open node at `end`, and the property holding it. */
  close(end: number): void {
    this.closeOne(end);
    if (this.open >= 0 && this.type[this.open] === PROPERTY) this.closeOne(end);
  }

  private closeOne(end: number): void {
    const i = this.open;
    this.length[i] = end - this.offset[i]!;
    this.end[i] = this.count;
    this.open = this.outer.pop()!;
  }

  private grow(): void {
    const size = this.type.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.type = widen(this.type, (n) => new Uint8Array(n));
    for (const key of ['offset', 'length', 'end', 'colon'] as const) {
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
 * token by token. `nodes`, when known, is how many the tree has: its arrays are made at that
 * size once, not at a guess from the text's length.
 */
export function buildPositionTree(
  text: string,
  strictJson = false,
  nodes?: number,
): Node | undefined {
  const capacity = Math.max(16, nodes ?? text.length >> 3);
  return asTree(
    text,
    strictJson ? scanStrictPositions(text, capacity) : scanPositions(text, capacity),
  );
}

function asTree(text: string, positions: Positions | undefined): Node | undefined {
  if (positions === undefined || positions.count === 0) return undefined;
  return asNode(new PositionNode(new Source(text, positions), 0, undefined));
}

// What the next token may be.
const VALUE = 0; // a value
const VALUE_OR_CLOSE = 1; // after `[` or `,` in a list: a value or `]`
const KEY_OR_CLOSE = 2; // after `{` or `,` in an object: a key or `}`
const COLON = 3; // after a key
const AFTER_VALUE = 4; // `,`, the closing bracket, or the end of the text

function scanPositions(text: string, capacity: number): Positions | undefined {
  const scanner = createScanner(text, false);
  const p = new Positions(capacity);
  let expect = VALUE;
  for (;;) {
    const kind: number = scanner.scan();
    // An unterminated string or comment, a bad escape or number: the parser faults it.
    if ((scanner.getTokenError() as number) !== 0) return undefined;
    if (kind >= Kind.LineComment && kind <= Kind.Trivia) continue;
    const offset = scanner.getTokenOffset();
    switch (expect) {
      case AFTER_VALUE:
        if (kind === Kind.EOF && p.open < 0) return p;
        if (kind === Kind.Comma && p.open >= 0) {
          expect = p.type[p.open] === OBJECT ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
          continue;
        }
        if (!closes(p, kind)) return undefined;
        p.close(offset + 1);
        continue;
      case COLON:
        if (kind !== Kind.Colon) return undefined;
        p.colon[p.open] = offset;
        expect = VALUE;
        continue;
      case KEY_OR_CLOSE:
        if (kind === Kind.CloseBrace) {
          p.close(offset + 1);
          expect = AFTER_VALUE;
        } else if (kind === Kind.String) {
          p.add(PROPERTY, offset);
          p.add(STRING, offset, scanner.getTokenLength());
          expect = COLON;
        } else return undefined;
        continue;
      case VALUE_OR_CLOSE:
        if (kind === Kind.CloseBracket) {
          p.close(offset + 1);
          expect = AFTER_VALUE;
          continue;
        }
    }
    // A value is expected.
    if (kind === Kind.OpenBrace || kind === Kind.OpenBracket) {
      p.add(kind === Kind.OpenBrace ? OBJECT : ARRAY, offset);
      expect = kind === Kind.OpenBrace ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      continue;
    }
    const type = literalType(kind, scanner);
    if (type < 0) return undefined;
    p.leaf(type, offset, scanner.getTokenLength());
    expect = AFTER_VALUE;
  }
}

function scanStrictPositions(text: string, capacity: number): Positions {
  const p = new Positions(capacity);
  for (let at = skipSpace(text, 0); at < text.length; at = skipSpace(text, at)) {
    const c = text.charCodeAt(at);
    // A comma in an object is followed by spaces and a key: found natively, not char by char.
    if (c === 44) at = p.type[p.open] === OBJECT ? quoteAfter(text, at) : at + 1;
    else if (c === 58) p.colon[p.open] = at++;
    else if (c === 123 || c === 91) p.add(c === 123 ? OBJECT : ARRAY, at++);
    else if (c === 125 || c === 93) p.close(++at);
    else if (c === 34 && p.open >= 0 && p.type[p.open] === OBJECT) {
      const end = stringEnd(text, at);
      p.add(PROPERTY, at);
      p.add(STRING, at, end - at);
      at = end;
    } else {
      const end = c === 34 ? stringEnd(text, at) : literalEnd(text, at);
      const type = c === 34 ? STRING : c === 116 || c === 102 ? BOOLEAN : c === 110 ? NULL : NUMBER;
      p.leaf(type, at, end - at);
      at = end;
    }
  }
  return p;
}

function closes(p: Positions, kind: number): boolean {
  if (p.open < 0) return false;
  return kind === (p.type[p.open] === OBJECT ? Kind.CloseBrace : Kind.CloseBracket);
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
    const end = p.end[this.index]!;
    for (let c = this.index + 1; c < end; c = p.end[c]!) {
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
