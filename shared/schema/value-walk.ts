import type { JsonPath } from '../diagnostics/diagnostic.ts';
import { MAX_DEPTH } from '../parse/structure-scan.ts';
import type { SchemaIssue } from './validate.ts';

/** Where a checked value is: its parent's path and its own step (none for the root). */
export type Step = string | number | undefined;

/** One schema node, compiled: what it checks of a value itself, and the nodes of its children. */
export interface CompiledNode {
  /** Checks the value's own type and bounds; true when its children are to be checked too. */
  readonly check: (value: unknown, parent: JsonPath, step: Step, out: SchemaIssue[]) => boolean;
  readonly props: ReadonlyMap<string, CompiledNode> | undefined;
  readonly required: readonly { readonly key: string; readonly expected: string }[];
  readonly items: CompiledNode | undefined;
}

/** The path of the value at `step` under `parent`, as a new array for an issue. */
export function pathOf(parent: JsonPath, step: Step): (string | number)[] {
  return step === undefined ? [...parent] : [...parent, step];
}

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
  /** The path of the block being walked; a member's step is pushed only to walk into it. */
  private readonly path: (string | number)[] = [];
  private readonly inheritNoKey = plainObjectsInheritNoKey();

  constructor(private readonly measure: boolean) {}

  /** Walks a whole value against the schema's root node (none: measures only). */
  value(value: unknown, node: CompiledNode | undefined): void {
    this.member(value, undefined, node, 0);
  }

  /** The value at `step` of the block at the path (depth `depth`), checked and measured. */
  private member(item: unknown, step: Step, node: CompiledNode | undefined, depth: number): void {
    const path = this.path;
    const checked = node !== undefined && node.check(item, path, step, this.issues);
    if (!checked && !this.measure) return;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) this.nonFinite.push({ path: pathOf(path, step), value: item });
    } else if (isBlock(item)) {
      if (step !== undefined) path.push(step);
      this.block(item, checked ? node : undefined, depth + 1);
      if (step !== undefined) path.pop();
    }
  }

  /** An object or list at the path, its members checked against `node` (or only measured). */
  private block(v: object, node: CompiledNode | undefined, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.tooDeep = true;
      return;
    }
    if (Array.isArray(v)) return this.list(v, node?.items, depth);
    const record = v as Record<string, unknown>;
    if (node !== undefined) this.required(record, node);
    const props = node?.props;
    if (props === undefined) {
      if (this.measure) this.measureMembers(record, depth);
      return;
    }
    // Skips a hasOwn per member (a sixth of the walk) where for-in can only give own keys.
    const allOwn = this.inheritNoKey && Object.getPrototypeOf(record) === Object.prototype;
    for (const key in record) {
      this.keyCount++;
      let sub = props.get(key);
      if (sub !== undefined && !allOwn && !Object.hasOwn(record, key)) sub = undefined;
      this.member(record[key], key, sub, depth);
    }
  }

  /**
   * The members of an object the schema does not describe, only measured: the walk's common
   * case outside the strategies, kept to the few tests it needs.
   */
  private measureMembers(record: Record<string, unknown>, depth: number): void {
    const path = this.path;
    for (const key in record) {
      this.keyCount++;
      const item = record[key];
      if (typeof item === 'number') {
        if (!Number.isFinite(item)) this.nonFinite.push({ path: [...path, key], value: item });
      } else if (isBlock(item)) {
        path.push(key);
        this.block(item, undefined, depth + 1);
        path.pop();
      }
    }
  }

  private required(record: object, node: CompiledNode): void {
    for (const { key, expected } of node.required) {
      if (!Object.hasOwn(record, key))
        this.issues.push({ code: 'invalid_type', path: [...this.path, key], expected });
    }
  }

  private list(v: readonly unknown[], items: CompiledNode | undefined, depth: number): void {
    if (items === undefined && !this.measure) return;
    this.itemCount += v.length;
    for (let i = 0; i < v.length; i++) this.member(v[i], i, items, depth);
  }
}
