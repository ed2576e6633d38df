import type { Node } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import { asRecord, has, own, strategiesOf } from '../json-access.ts';
import { parseText } from '../parse/parse-text.ts';
import { reorderMembers, separatorLike } from './member-edits.ts';
import { insertIntoList, removeKey, setValue } from './set-value.ts';
import type { TextEdit } from './text-edit.ts';
import { applyEdits, minimalEdit } from './text-edit.ts';

function strategyNodes(text: string): { list: Node | undefined; names: Set<string> } {
  const parsed = parseText(text);
  const tree = parsed.value === undefined ? undefined : parsed.tree();
  const list = tree === undefined ? undefined : findNodeAtLocation(tree, ['strategies']);
  const names = new Set(
    strategiesOf(parsed.value)
      .map((s) => own(s, 'name'))
      .filter((n) => typeof n === 'string'),
  );
  return { list: list?.type === 'array' ? list : undefined, names };
}

/** A name not used by any strategy: `base`, else `base_2`, `base_3`… */
export function uniqueName(names: ReadonlySet<string>, base: string): string {
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** Appends a new, disabled strategy (it trades only once the trader enables it). */
export function addStrategy(text: string, name = 'new_strategy'): TextEdit[] {
  const config = asRecord(parseText(text).value);
  // Never replace a strategies value that is not a list: the trader's entries would be lost.
  if (config === undefined || (has(config, 'strategies') && !Array.isArray(config.strategies)))
    return [];
  const { list, names } = strategyNodes(text);
  const strategy = { name: uniqueName(names, name), enabled: false };
  if (list === undefined) return setValue(text, ['strategies'], [strategy]);
  return insertIntoList(text, ['strategies'], list.children?.length ?? 0, strategy);
}

/** Deletes a strategy with its separating comma. */
export function deleteStrategy(text: string, index: number): TextEdit[] {
  const { list } = strategyNodes(text);
  if (list?.children?.[index] === undefined) return [];
  return removeKey(text, ['strategies', index]);
}

/** Inserts a copy of a strategy right after it, comments included, under a new unique name. */
export function duplicateStrategy(text: string, index: number): TextEdit[] {
  const { list, names } = strategyNodes(text);
  const node = list?.children?.[index];
  if (node === undefined) return [];
  let copy = text.slice(node.offset, node.offset + node.length);
  const nameNode = findNodeAtLocation(node, ['name']);
  const base = typeof nameNode?.value === 'string' ? `${nameNode.value}_copy` : 'strategy_copy';
  const fresh = JSON.stringify(uniqueName(names, base));
  if (nameNode?.type === 'string') {
    const at = nameNode.offset - node.offset;
    copy = copy.slice(0, at) + fresh + copy.slice(at + nameNode.length);
  }
  return [
    {
      offset: node.offset + node.length,
      length: 0,
      content: `,${separatorLike(text, node)}${copy}`,
    },
  ];
}

/**
 * Moves a strategy to another position, carrying its exact text and the comments it owns along
 * (those above it and after it on its last line); the list's other comments stay in place.
 */
export function moveStrategy(text: string, from: number, to: number): TextEdit[] {
  const { list } = strategyNodes(text);
  const count = list?.children?.length ?? 0;
  const node = list?.children?.[from];
  if (list === undefined || node === undefined || to < 0 || to >= count || to === from) return [];
  const order = Array.from({ length: count }, (_, i) => i);
  order.splice(to, 0, ...order.splice(from, 1));
  const moved = reorderMembers(text, list, order);
  if (moved !== undefined) return minimalEdit(text, moved);
  // A layout the reordering does not know: move the bare member, as before comments had owners.
  const slice = text.slice(node.offset, node.offset + node.length);
  const separator = separatorLike(text, node);
  const without = applyEdits(text, removeKey(text, ['strategies', from]));
  const rest = strategyNodes(without).list?.children ?? [];
  const before = rest[to];
  const last = rest.at(-1);
  const insert: TextEdit | undefined =
    before !== undefined
      ? { offset: before.offset, length: 0, content: `${slice},${separator}` }
      : last !== undefined
        ? { offset: last.offset + last.length, length: 0, content: `,${separator}${slice}` }
        : undefined;
  return insert === undefined ? [] : minimalEdit(text, applyEdits(without, [insert]));
}
