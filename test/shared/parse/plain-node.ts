import type { Node } from 'jsonc-parser';
import { expect } from 'vitest';

/** A node and everything under it as plain data, checking every child points back at it. */
export function plain(node: Node): unknown {
  for (const child of node.children ?? []) expect(child.parent).toBe(node);
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    colonOffset: node.colonOffset,
    value: node.value as unknown,
    children: node.children?.map(plain),
  };
}
