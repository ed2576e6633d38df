import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { TextRange } from '../text-position.ts';
import { skipSpace, stringEnd, valueEnd } from './strict-skip.ts';

// Many diagnostics in a large file each need a position. Building the whole position tree for
// them costs several JSON.parse; this finds every asked path in one pass over the text instead,
// reading only the members on those paths and skipping every other value (see strict-skip.ts:
// strict JSON only, the text JSON.parse accepted).

/** A position to find: the same question {@link locate} answers. */
export interface LocateRequest {
  readonly path: JsonPath;
  readonly atKey?: boolean;
}

/** One step of the asked paths, shared by every path through it. */
interface Step {
  readonly next: Map<string | number, Step>;
  /** Where the value starts, or -1 while it has not been met. */
  valueAt: number;
  /** The value's end (scalars only: a block is pointed at by its key or bracket). */
  valueEnd: number;
  kind: number;
  keyAt: number;
  keyLength: number;
}

const SCALAR = 0;
const BLOCK = 1;

const newStep = (): Step => ({
  next: new Map(),
  valueAt: -1,
  valueEnd: -1,
  kind: SCALAR,
  keyAt: -1,
  keyLength: 0,
});

/** Returned up the walk once every asked step is found: nothing further need be read. */
const DONE = -2;

/**
 * The range {@link locate} gives for each request, in request order, from one pass over `text`,
 * which must be strict JSON that `JSON.parse` accepts. A repeated key leads to its first copy,
 * as in jsonc-parser's `findNodeAtLocation`.
 */
export function locateInStrictJson(text: string, requests: readonly LocateRequest[]): TextRange[] {
  const root = newStep();
  let steps = 0;
  for (const { path } of requests) {
    let step = root;
    for (const segment of path) {
      let next = step.next.get(segment);
      if (next === undefined) {
        next = newStep();
        step.next.set(segment, next);
        steps++;
      }
      step = next;
    }
  }
  new Walk(text, steps + 1).value(skipSpace(text, 0), root);
  return requests.map(({ path, atKey }) => rangeOf(root, path, atKey === true));
}

/** The nearest step of `path` found in the text, pointed at as {@link locate} does. */
function rangeOf(root: Step, path: JsonPath, atKey: boolean): TextRange {
  let found = root;
  for (const segment of path) {
    const next = found.next.get(segment);
    if (next === undefined || next.valueAt < 0) break;
    found = next;
  }
  if (found.valueAt < 0) return { offset: 0, length: 0 };
  const hasKey = found.keyAt >= 0;
  if (found.kind === SCALAR && !(atKey && hasKey)) {
    return { offset: found.valueAt, length: found.valueEnd - found.valueAt };
  }
  return hasKey
    ? { offset: found.keyAt, length: found.keyLength }
    : { offset: found.valueAt, length: 1 };
}

class Walk {
  constructor(
    private readonly text: string,
    /** Steps not yet found, the root included. */
    private remaining: number,
  ) {}

  /** Reads the value at `at` into `step`; gives its end, or DONE. */
  value(at: number, step: Step): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    step.valueAt = at;
    this.remaining--;
    if (c !== 123 && c !== 91) {
      step.valueEnd = valueEnd(text, at);
      return this.remaining === 0 ? DONE : step.valueEnd;
    }
    step.kind = BLOCK;
    if (this.remaining === 0) return DONE;
    if (step.next.size === 0) return valueEnd(text, at);
    return c === 123 ? this.object(at, step) : this.list(at, step);
  }

  private object(open: number, step: Step): number {
    const text = this.text;
    let at = skipSpace(text, open + 1);
    if (text.charCodeAt(at) === 125) return at + 1;
    for (;;) {
      const keyEnd = stringEnd(text, at);
      const next = step.next.get(keyOf(text, at, keyEnd));
      const valueAt = skipSpace(text, skipSpace(text, keyEnd) + 1);
      let end: number;
      if (next !== undefined && next.valueAt < 0) {
        next.keyAt = at;
        next.keyLength = keyEnd - at;
        end = this.value(valueAt, next);
        if (end === DONE) return DONE;
      } else end = valueEnd(text, valueAt);
      at = skipSpace(text, end);
      if (text.charCodeAt(at) === 125) return at + 1;
      at = skipSpace(text, at + 1); // past the comma
    }
  }

  private list(open: number, step: Step): number {
    const text = this.text;
    let at = skipSpace(text, open + 1);
    if (text.charCodeAt(at) === 93) return at + 1;
    for (let index = 0; ; index++) {
      const next = step.next.get(index);
      let end: number;
      if (next !== undefined) {
        end = this.value(at, next);
        if (end === DONE) return DONE;
      } else end = valueEnd(text, at);
      at = skipSpace(text, end);
      if (text.charCodeAt(at) === 93) return at + 1;
      at = skipSpace(text, at + 1);
    }
  }
}

/** A key's name: its text between the quotes, decoded only when it holds an escape. */
function keyOf(text: string, at: number, end: number): string {
  const raw = text.slice(at + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(at, end)) as string) : raw;
}
