import type { Node } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import { own, strategiesOf } from '../json-access.ts';
import { parseText } from '../parse/parse-text.ts';
import { insertIntoList, removeKey, setValue } from './set-value.ts';
import type { TextEdit } from './text-edit.ts';
import { applyEdits, eolOf, lineIndentAt, minimalEdit } from './text-edit.ts';

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
  const indent = lineIndentAt(text, node.offset);
  return [
    { offset: node.offset + node.length, length: 0, content: `,${eolOf(text)}${indent}${copy}` },
  ];
}

/** Moves a strategy to another position, carrying its exact text (and comments) along. */
export function moveStrategy(text: string, from: number, to: number): TextEdit[] {
  const { list } = strategyNodes(text);
  const count = list?.children?.length ?? 0;
  const node = list?.children?.[from];
  if (node === undefined || to < 0 || to >= count || to === from) return [];
  const slice = text.slice(node.offset, node.offset + node.length);
  const indent = lineIndentAt(text, node.offset);
  const without = applyEdits(text, removeKey(text, ['strategies', from]));
  const rest = strategyNodes(without).list?.children ?? [];
  const before = rest[to];
  const eol = eolOf(text);
  const after =
    before !== undefined
      ? applyEdits(without, [
          { offset: before.offset, length: 0, content: `${slice},${eol}${indent}` },
        ])
      : appendAfter(without, rest.at(-1), slice, indent, eol);
  return minimalEdit(text, after);
}

function appendAfter(
  text: string,
  last: Node | undefined,
  slice: string,
  indent: string,
  eol: string,
): string {
  if (last === undefined) return text;
  return applyEdits(text, [
    { offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${slice}` },
  ]);
}
