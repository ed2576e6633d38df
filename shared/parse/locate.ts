import type { Node } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { TextRange } from '../text-position.ts';
import { findPath } from './find-path.ts';

/** The node at a path, or its deepest existing ancestor when the path goes further than the text. */
export function nearestNode(root: Node, path: JsonPath): Node {
  for (let len = path.length; len > 0; len--) {
    const node = findNodeAtLocation(root, path.slice(0, len));
    if (node !== undefined) return node;
  }
  return root;
}

/**
 * The range a diagnostic at `path` points at: a scalar's own text; for an object or list, the
 * property name that holds it (or its opening bracket), so a squiggle never covers a whole block.
 */
export function locate(root: Node | undefined, path: JsonPath, atKey = false): TextRange {
  if (root === undefined) return { offset: 0, length: 0 };
  const node = nearestNode(root, path);
  if (
    node.type !== 'object' &&
    node.type !== 'array' &&
    !(atKey && node.parent?.type === 'property')
  ) {
    return { offset: node.offset, length: node.length };
  }
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key !== undefined
    ? { offset: key.offset, length: key.length }
    : { offset: node.offset, length: 1 };
}

/**
 * {@link locate} without building a tree: scans only up to the path. Cheaper for a few
 * diagnostics in a large document; for many, one tree is cheaper than many scans.
 */
export function locateInText(text: string, path: JsonPath, atKey = false): TextRange {
  for (let len = path.length; len >= 0; len--) {
    const found = findPath(text, len === path.length ? path : path.slice(0, len));
    if (found === undefined) continue;
    if (found.kind === 'scalar' && !(atKey && found.key !== undefined)) return found.value;
    return found.key ?? { offset: found.value.offset, length: 1 };
  }
  return { offset: 0, length: 0 };
}
