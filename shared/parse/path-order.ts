import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { LocateRequest } from './locate-strict.ts';

// Diagnostics are listed in text order. Where `JSON.parse` read the text (no repeated key), the
// parsed value holds that order itself: list items by index, and an object's members in the
// order its keys were written, except keys that look like list indices ("0", "12"), which
// JavaScript enumerates first. So the order of the places {@link locate} points at can be told
// from the value alone, without reading a position: an ancestor's key or bracket comes before
// anything inside it, a member's key before its value, and siblings in the order written.

const KEY = 0;
const VALUE = 1;

/** Where a request points, as a path into the value: its nearest existing node, key or value. */
interface Anchor {
  readonly path: JsonPath;
  /** How many steps of `path` exist in the value. */
  readonly depth: number;
  readonly part: number;
}

const isBlock = (v: unknown): v is object => v !== null && typeof v === 'object';
const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;

/** A key JavaScript enumerates before the others; the regular expression only for a digit first. */
function indexLike(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && INDEX_LIKE.test(key);
}

/**
 * The requests' indices in the text order of the ranges {@link locate} gives them (requests
 * pointing at the same place keep their order), or undefined when the value cannot tell it:
 * an index-like key on the way, or a step that is not a whole number.
 */
export function textOrder(
  value: unknown,
  requests: readonly LocateRequest[],
): number[] | undefined {
  const anchors: Anchor[] = [];
  for (const { path, atKey } of requests) {
    const anchor = anchorOf(value, path, atKey === true);
    if (anchor === undefined) return undefined;
    anchors.push(anchor);
  }
  const keyOrder = new Map<object, Map<string, number>>();
  const indexOfKey = (block: object, key: string): number => {
    let order = keyOrder.get(block);
    if (order === undefined) {
      order = new Map(Object.keys(block).map((k, i) => [k, i]));
      keyOrder.set(block, order);
    }
    return order.get(key)!;
  };
  const compare = (a: Anchor, b: Anchor): number => {
    const shared = Math.min(a.depth, b.depth);
    let block = value as Record<string | number, unknown>;
    for (let i = 0; i < shared; i++) {
      const x = a.path[i]!;
      const y = b.path[i]!;
      if (x !== y) {
        return typeof x === 'number'
          ? x - (y as number)
          : indexOfKey(block, x) - indexOfKey(block, y as string);
      }
      block = block[x] as Record<string | number, unknown>;
    }
    return a.depth !== b.depth ? a.depth - b.depth : a.part - b.part;
  };
  return anchors.map((_, i) => i).sort((i, j) => compare(anchors[i]!, anchors[j]!));
}

/** The node {@link locate} falls back to, found in the value, and which part of it it points at. */
function anchorOf(root: unknown, path: JsonPath, atKey: boolean): Anchor | undefined {
  let v = root;
  let depth = 0;
  for (const step of path) {
    if (typeof step === 'string') {
      if (indexLike(step)) return undefined;
      if (!isBlock(v) || Array.isArray(v) || !Object.hasOwn(v, step)) break;
      v = (v as Record<string, unknown>)[step];
    } else {
      if (!Number.isInteger(step)) return undefined;
      if (!Array.isArray(v) || step < 0 || step >= v.length) break;
      v = v[step] as unknown;
    }
    depth++;
  }
  const hasKey = depth > 0 && typeof path[depth - 1] === 'string';
  const part = hasKey && (isBlock(v) || atKey) ? KEY : VALUE;
  return { path, depth, part };
}
