import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { SchemaIssue } from './validate.ts';

/** Where a checked value is: its parent's path and its own step (none for the root). */
export type Step = string | number | undefined;

/** What a schema node checks of a value itself; the walk switches on it. */
export const Kind = {
  /** Anything goes (a node the validator does not interpret). */
  any: 0,
  object: 1,
  array: 2,
  /** One of `allowed`, whatever its type. */
  choice: 3,
  string: 4,
  number: 5,
  integer: 6,
  boolean: 7,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** A node's members by key: an object without a prototype, so any key not listed is absent. */
type PropTable = { readonly [key: string]: SchemaNode | undefined };

/**
 * The table of `entries`. A member's node is then one keyed load (V8's stub cache by the
 * table's shape and the key, which JSON.parse made internalized) where a Map's lookup hashed
 * and probed per member, the schema walk's costliest line in the profile. The prototype goes
 * first, so no key (`__proto__` included) means anything but itself; the table stays in fast
 * mode.
 */
export function propTable(entries: Iterable<readonly [string, SchemaNode]>): PropTable {
  const table = Object.setPrototypeOf({}, null) as Record<string, SchemaNode>;
  for (const [key, node] of entries) table[key] = node;
  return table;
}

/** A required member and the type its issue names when it is missing. */
interface RequiredKey {
  readonly key: string;
  readonly expected: string;
}

/** Positions a node remembers the key of: more than any object the schema describes has. */
const MEMO_POSITIONS = 64;

/**
 * One schema node, compiled. Every node is an instance of this one class with a numeric kind,
 * not a closure of its own: the walk reads one object shape and switches on a small integer,
 * small enough to be inlined into its loops, where the call through a dozen different closures
 * was megamorphic and never inlined. An absent bound is NaN: every comparison with it is
 * false, so the number check needs no test that the bound is there.
 */
export class SchemaNode {
  constructor(
    readonly kind: Kind,
    readonly props: PropTable | undefined = undefined,
    readonly required: readonly RequiredKey[] = [],
    readonly items: SchemaNode | undefined = undefined,
    readonly allowed: readonly unknown[] | undefined = undefined,
    readonly minLength = NaN,
    readonly minimum = NaN,
    readonly exclusiveMinimum = NaN,
    readonly maximum = NaN,
    readonly exclusiveMaximum = NaN,
  ) {
    const memo = props === undefined ? 0 : MEMO_POSITIONS;
    this.seenKeys = new Array<string>(memo).fill('');
    this.seenNodes = new Array<SchemaNode | undefined>(memo).fill(props?.['']);
    this.plainLeaf =
      kind >= Kind.string || (kind === Kind.choice && allowed?.every(isPlain) === true);
  }

  /**
   * True when a value that passes this node has nothing to be measured for: a string, a
   * boolean, a finite number, or a choice among only such values. The walk checks such a
   * member in its loop and is done with it; a value of any other node (a block, anything, an
   * unusual choice) may be a block to walk into or a number too large for a double.
   */
  readonly plainLeaf: boolean;

  /**
   * True when its parent object requires this member: the walk counts the required members it
   * meets instead of asking each object whether it has them (a hasOwn per object and key).
   */
  requiredByParent = false;

  /**
   * The key last met at each position of an object this node described, and its member's node.
   * JSON.parse gives objects of one kind (the strategies) their keys in the same order, so
   * comparing the key with the one before it at its position (internalized strings: a pointer
   * test) finds its node without a lookup by key. A memo only, always tested against the key,
   * and of the first MEMO_POSITIONS positions only: the compiled schema lives as long as the
   * module, and an object of a hundred thousand keys would otherwise stay in it. Every position
   * starts as the key "" (and its node): compared only ever with strings, the walk's test stays
   * a pointer test, where one `undefined` made it a call per member.
   */
  readonly seenKeys: string[];
  readonly seenNodes: (SchemaNode | undefined)[];

  /** The node of member `key`, the `at`-th of its object (none when the schema has none). */
  member(key: string, at: number): SchemaNode | undefined {
    if (this.seenKeys[at] === key) return this.seenNodes[at];
    const node = this.props?.[key];
    if (at < MEMO_POSITIONS) {
      this.seenKeys[at] = key;
      this.seenNodes[at] = node;
    }
    return node;
  }
}

/** The path of the value at `step` under `parent`, as a new array for an issue. */
export function pathOf(parent: JsonPath, step: Step): (string | number)[] {
  return step === undefined ? [...parent] : [...parent, step];
}

/** The issue of a value of the wrong type. */
export function wrongType(parent: JsonPath, step: Step, expected: string): SchemaIssue {
  return { code: 'invalid_type', path: pathOf(parent, step), expected };
}

/** A value that is never a block nor a number too large for a double. */
const isPlain = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || v === null || Number.isFinite(v);

/**
 * True when {@link checkLeaf} would find nothing wrong with the value: the walk's common case,
 * small enough to be inlined into its loop over an object's members (a call or two per member
 * was most of the schema's cost). Only a false answer pays for checkLeaf and its issue.
 */
export function passes(node: SchemaNode, value: unknown): boolean {
  switch (node.kind) {
    case Kind.choice:
      return node.allowed?.includes(value) === true;
    case Kind.string:
      return typeof value === 'string' && !(value.length < node.minLength);
    case Kind.number:
    case Kind.integer:
      return typeof value === 'number' && inBounds(node, value);
    case Kind.boolean:
      return typeof value === 'boolean';
    default:
      return true;
  }
}

/** Finite, whole where it must be, and within every bound (each comparison false when NaN). */
function inBounds(node: SchemaNode, value: number): boolean {
  return (
    Number.isFinite(value) &&
    (node.kind !== Kind.integer || Number.isInteger(value)) &&
    !(value <= node.exclusiveMinimum || value < node.minimum) &&
    !(value >= node.exclusiveMaximum || value > node.maximum)
  );
}

/**
 * Checks a value against a leaf node (any kind but object and array), appending what it finds.
 * Only the test that passes is on the common path; an issue and its path are made when found.
 */
export function checkLeaf(
  node: SchemaNode,
  value: unknown,
  parent: JsonPath,
  step: Step,
  out: SchemaIssue[],
): void {
  switch (node.kind) {
    case Kind.choice:
      if (node.allowed?.includes(value) !== true)
        out.push({ code: 'invalid_value', path: pathOf(parent, step) });
      return;
    case Kind.string:
      if (typeof value !== 'string') out.push(wrongType(parent, step, 'string'));
      else if (value.length < node.minLength) out.push(tooShort(node, parent, step));
      return;
    case Kind.number:
    case Kind.integer:
      if (typeof value === 'number') checkNumber(node, value, parent, step, out);
      else out.push(wrongType(parent, step, 'number'));
      return;
    case Kind.boolean:
      if (typeof value !== 'boolean') out.push(wrongType(parent, step, 'boolean'));
      return;
  }
}

function tooShort(node: SchemaNode, parent: JsonPath, step: Step): SchemaIssue {
  const bound = node.minLength;
  return {
    code: 'too_small',
    path: pathOf(parent, step),
    origin: 'string',
    bound,
    inclusive: true,
  };
}

function checkNumber(
  node: SchemaNode,
  value: number,
  parent: JsonPath,
  step: Step,
  out: SchemaIssue[],
): void {
  if (!Number.isFinite(value)) return void out.push(wrongType(parent, step, 'number'));
  if (node.kind === Kind.integer && !Number.isInteger(value))
    return void out.push(wrongType(parent, step, 'integer'));
  if (value <= node.exclusiveMinimum)
    out.push(bound('too_small', parent, step, node.exclusiveMinimum, false));
  else if (value < node.minimum) out.push(bound('too_small', parent, step, node.minimum, true));
  if (value >= node.exclusiveMaximum)
    out.push(bound('too_big', parent, step, node.exclusiveMaximum, false));
  else if (value > node.maximum) out.push(bound('too_big', parent, step, node.maximum, true));
}

function bound(
  code: 'too_small' | 'too_big',
  parent: JsonPath,
  step: Step,
  limit: number,
  inclusive: boolean,
): SchemaIssue {
  return { code, path: pathOf(parent, step), origin: 'number', bound: limit, inclusive };
}
