import type { Node } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import type { TextRange } from '../text-position.ts';

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
export function locate(root: Node | undefined, path: JsonPath): TextRange {
  if (root === undefined) return { offset: 0, length: 0 };
  const node = nearestNode(root, path);
  if (node.type !== 'object' && node.type !== 'array') {
    return { offset: node.offset, length: node.length };
  }
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key !== undefined
    ? { offset: key.offset, length: key.length }
    : { offset: node.offset, length: 1 };
}

/** The range of a property's name at `path`, when that exact property exists. */
export function locateKey(root: Node | undefined, path: JsonPath): TextRange | undefined {
  if (root === undefined) return undefined;
  const node = findNodeAtLocation(root, path as (string | number)[]);
  const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key === undefined ? undefined : { offset: key.offset, length: key.length };
}
