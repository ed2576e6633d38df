import type { JsonPath } from '../diagnostics/diagnostic.ts';
import { MAX_DEPTH } from '../parse/structure-scan.ts';
import type { SchemaNode, Step } from './schema-node.ts';
import { Kind, checkLeaf, passes, pathOf, wrongType } from './schema-node.ts';
import type { SchemaIssue } from './validate.ts';

const isBlock = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** True when for-in gives no inherited key of a plain object (nothing made one enumerable). */
function plainObjectsInheritNoKey(): boolean {
  for (const _key in {}) return false;
  return true;
}

/**
 * A walk of a parsed value that checks it against the schema and, when `measure` is set, also
 * takes what parsing must know of every part of it, schema or not: the members counted, the
 * numbers too large for a double, and whether it nests deeper than MAX_DEPTH (the walk stops
 * there). One walk instead of two: each object's members are enumerated once.
 */
export class ValueWalk {
  readonly issues: SchemaIssue[] = [];
  readonly nonFinite: { path: JsonPath; value: number }[] = [];
  keyCount = 0;
  /** Items of every list, measured or not. */
  itemCount = 0;
  tooDeep = false;
  /**
   * The path of the block being walked: the first `level` steps. A step is stored at its level
   * to walk into a block, not pushed and popped: push was a call per block entered.
   */
  private readonly steps: (string | number)[] = [];
  private level = 0;
  private readonly inheritNoKey = plainObjectsInheritNoKey();

  /**
   * `fromJsonParse`: JSON.parse made the value, so each of its objects is of Object.prototype
   * (a "__proto__" member is an own key like any other) and the walk need not ask each object
   * for its prototype (a call per object, 5 % of the walk).
   */
  constructor(
    private readonly measure: boolean,
    private readonly fromJsonParse = false,
  ) {}

  /** Walks a whole value against the schema's root node (none: measures only). */
  value(value: unknown, node: SchemaNode | undefined): void {
    if (node === undefined) this.unchecked(value, undefined, 0);
    else this.member(value, undefined, node, 0);
  }

  /**
   * The path of the block being walked, for an issue's path to be copied from at once (the
   * steps cut to their level: only when something is found, no array per block entered).
   */
  private here(): JsonPath {
    this.steps.length = this.level;
    return this.steps;
  }

  // The schema's part of the walk: only as deep as the schema (a few levels), each value
  // checked against its node. What no node describes goes to the measuring part below.

  /** The value at `step` of the block at the path (depth `depth`), checked and measured. */
  private member(item: unknown, step: Step, node: SchemaNode, depth: number): void {
    const kind = node.kind;
    if (kind === Kind.object && isBlock(item) && !Array.isArray(item)) {
      return this.enter(item, step, node, depth);
    }
    if (kind === Kind.array && Array.isArray(item)) return this.enter(item, step, node, depth);
    if (kind === Kind.object || kind === Kind.array) {
      this.issues.push(wrongType(this.here(), step, kind === Kind.object ? 'object' : 'array'));
    } else if (!passes(node, item)) {
      checkLeaf(node, item, this.here(), step, this.issues);
    }
    this.unchecked(item, step, depth);
  }

  /** Walks into the block at `step` (the value its node says it must be). */
  private enter(item: object, step: Step, node: SchemaNode, depth: number): void {
    if (depth >= MAX_DEPTH) {
      this.tooDeep = true;
      return;
    }
    const level = this.level;
    if (step !== undefined) {
      this.steps[level] = step;
      this.level = level + 1;
    }
    if (Array.isArray(item)) this.list(item, node.items, depth + 1);
    else this.object(item as Record<string, unknown>, node, depth + 1);
    this.level = level;
  }

  /** An object at the path, its members checked against the node's. */
  private object(record: Record<string, unknown>, node: SchemaNode, depth: number): void {
    if (node.props === undefined) {
      this.required(record, node, this.issues.length);
      return this.uncheckedMembers(record, depth);
    }
    // Skips a hasOwn per member (a sixth of the walk) where for-in can only give own keys.
    const allOwn =
      this.inheritNoKey &&
      (this.fromJsonParse || Object.getPrototypeOf(record) === Object.prototype);
    const before = this.issues.length;
    const seenKeys = node.seenKeys;
    const seenNodes = node.seenNodes;
    const memo = seenKeys.length;
    let at = 0;
    let required = 0;
    for (const key in record) {
      // The node's memo inline (see SchemaNode.member): a call per member otherwise.
      let sub = at < memo && seenKeys[at] === key ? seenNodes[at] : node.member(key, at);
      at++;
      if (sub !== undefined && !allOwn && !Object.hasOwn(record, key)) sub = undefined;
      const item = record[key];
      if (sub === undefined) {
        if (typeof item === 'number' ? !Number.isFinite(item) : isBlock(item))
          this.unchecked(item, key, depth);
        continue;
      }
      if (sub.requiredByParent) required++;
      if (!sub.plainLeaf) this.member(item, key, sub, depth);
      else if (!passes(sub, item)) this.failed(sub, item, key, depth);
    }
    this.keyCount += at;
    // Each required member met is an own key of its own: all met, none is missing.
    if (required !== node.required.length) this.required(record, node, before);
  }

  /** A leaf value that did not pass its node: its issues, then what it is measured for. */
  private failed(node: SchemaNode, item: unknown, step: Step, depth: number): void {
    checkLeaf(node, item, this.here(), step, this.issues);
    this.unchecked(item, step, depth);
  }

  /**
   * The object's missing required members, their issues put where checking them before its
   * members put them (at `at`): ahead of its members' issues.
   */
  private required(record: object, node: SchemaNode, at: number): void {
    const missing: SchemaIssue[] = [];
    for (const { key, expected } of node.required) {
      if (!Object.hasOwn(record, key))
        missing.push({ code: 'invalid_type', path: [...this.here(), key], expected });
    }
    if (missing.length > 0) this.issues.splice(at, 0, ...missing);
  }

  private list(v: readonly unknown[], items: SchemaNode | undefined, depth: number): void {
    if (items === undefined) return this.uncheckedItems(v, depth);
    this.itemCount += v.length;
    if (items.kind === Kind.object) return this.objects(v, items, depth);
    if (items.plainLeaf) return this.leaves(v, items, depth);
    for (let i = 0; i < v.length; i++) this.member(v[i], i, items, depth);
  }

  /** A list of objects (the strategies): each walked into with no call of its own per item. */
  private objects(v: readonly unknown[], node: SchemaNode, depth: number): void {
    const level = this.level;
    const steps = this.steps;
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (isBlock(item) && !Array.isArray(item) && depth < MAX_DEPTH) {
        steps[level] = i;
        this.level = level + 1;
        this.object(item as Record<string, unknown>, node, depth + 1);
        this.level = level;
      } else this.member(item, i, node, depth);
    }
  }

  /** A list of leaves (a strategy's indicators), each checked in the loop. */
  private leaves(v: readonly unknown[], node: SchemaNode, depth: number): void {
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (!passes(node, item)) this.failed(node, item, i, depth);
    }
  }

  // The measuring part: what parsing must know of every value, schema or not, in loops kept
  // to the few tests it needs (the walk's common case outside the strategies).

  /** A value no node walks into, only measured (when the walk measures). */
  private unchecked(item: unknown, step: Step, depth: number): void {
    if (!this.measure) return;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) this.nonFiniteAt(item, step);
    } else if (isBlock(item)) {
      this.uncheckedIn(item, step, depth);
    }
  }

  private nonFiniteAt(value: number, step: Step): void {
    this.nonFinite.push({ path: pathOf(this.here(), step), value });
  }

  /** Into the block at `step`, measured. */
  private uncheckedIn(v: object, step: Step, depth: number): void {
    const level = this.level;
    if (step !== undefined) {
      this.steps[level] = step;
      this.level = level + 1;
    }
    if (depth >= MAX_DEPTH) this.tooDeep = true;
    else if (Array.isArray(v)) this.uncheckedItems(v, depth + 1);
    else this.uncheckedMembers(v as Record<string, unknown>, depth + 1);
    this.level = level;
  }

  private uncheckedMembers(record: Record<string, unknown>, depth: number): void {
    if (!this.measure) return;
    let members = 0;
    for (const key in record) {
      members++;
      const item = record[key];
      if (typeof item === 'number') {
        if (!Number.isFinite(item)) this.nonFiniteAt(item, key);
      } else if (isBlock(item)) this.uncheckedIn(item, key, depth);
    }
    this.keyCount += members;
  }

  private uncheckedItems(v: readonly unknown[], depth: number): void {
    if (!this.measure) return;
    this.itemCount += v.length;
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (typeof item === 'number') {
        if (!Number.isFinite(item)) this.nonFiniteAt(item, i);
      } else if (isBlock(item)) this.uncheckedIn(item, i, depth);
    }
  }
}
