import type { Node } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic.ts';
import { findPath } from '../parse/find-path.ts';
import { parseText } from '../parse/parse-text.ts';
import { appendMember, insertItemBefore, removeMember, replaceValue } from './member-edits.ts';
import type { TextEdit } from './text-edit.ts';
import { applyEdits, minimalEdit } from './text-edit.ts';

/** The tree of a text that parses; none while it does not (the form is read-only then). */
function treeOf(text: string): Node | undefined {
  const parsed = parseText(text);
  return parsed.value === undefined ? undefined : parsed.tree();
}

/**
 * Sets the value at a path (creating missing objects); comments and layout elsewhere stay.
 * No edit when the text does not parse or the path runs through a value that cannot hold it.
 */
export function setValue(text: string, path: JsonPath, value: unknown): TextEdit[] {
  if (value === undefined) return [];
  // A form keystroke replaces one existing scalar: edit it in place without a full parse.
  // A repeated key: the last copy is the one in effect (json.load keeps the last).
  const existing = isScalar(value) ? findPath(text, path, 'last') : undefined;
  if (existing?.kind === 'scalar') {
    return [
      {
        offset: existing.value.offset,
        length: existing.value.length,
        content: JSON.stringify(value),
      },
    ];
  }
  const root = treeOf(text);
  if (root === undefined) return [];
  const node = effectiveNode(root, path);
  if (node !== undefined) return [replaceValue(text, node, value)];
  // The deepest existing ancestor receives the value, wrapped in the objects still missing.
  for (let len = path.length - 1; len >= 0; len--) {
    const parent = effectiveNode(root, path.slice(0, len));
    if (parent === undefined) continue;
    const segment = path[len];
    const wrapped = wrap(value, path.slice(len + 1));
    if (parent.type === 'object' && typeof segment === 'string')
      return [appendMember(text, parent, segment, wrapped)];
    if (parent.type === 'array' && segment === (parent.children?.length ?? 0))
      return [appendMember(text, parent, undefined, wrapped)];
    return [];
  }
  return [];
}

function wrap(value: unknown, rest: JsonPath): unknown {
  return rest.reduceRight<unknown>(
    (inner, segment) => (typeof segment === 'number' ? [inner] : { [segment]: inner }),
    value,
  );
}

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/**
 * The node at a path through the copies in effect: where a key is repeated in an object, the
 * last copy (json.load keeps the last), where jsonc-parser's own lookup takes the first.
 */
function effectiveNode(root: Node, path: JsonPath): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (node.type === 'array' && typeof segment === 'number') node = node.children?.[segment];
    else if (node.type === 'object' && typeof segment === 'string')
      node = node.children?.findLast((p) => p.children?.[0]?.value === segment)?.children?.[1];
    else return undefined;
  }
  return node;
}

/**
 * Removes the property or list entry at a path, with its separating comma and the comments it
 * owns. A key repeated in its object is removed in every copy: none may come back into effect.
 */
export function removeKey(text: string, path: JsonPath): TextEdit[] {
  if (path.length === 0) return [];
  let next = text;
  for (;;) {
    const root = treeOf(next);
    const node = root === undefined ? undefined : effectiveNode(root, path);
    if (node === undefined) break;
    const edit = removeMember(next, node.parent?.type === 'property' ? node.parent : node);
    const after = edit === undefined ? next : applyEdits(next, [edit]);
    if (after === next) break;
    next = after;
    if (typeof path.at(-1) === 'number') break;
  }
  return minimalEdit(text, next);
}

/** Inserts a value into the list at `path` before `index` (at the end when index ≥ length). */
export function insertIntoList(
  text: string,
  path: JsonPath,
  index: number,
  value: unknown,
): TextEdit[] {
  const root = treeOf(text);
  const list = root === undefined ? undefined : effectiveNode(root, path);
  if (list?.type !== 'array') return [];
  const before = index >= 0 ? list.children?.[index] : undefined;
  return [
    before === undefined
      ? appendMember(text, list, undefined, value)
      : insertItemBefore(text, before, value),
  ];
}
