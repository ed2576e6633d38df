import type { Node } from 'jsonc-parser';
import { skipTrivia } from '../parse/find-path.ts';
import type { TextEdit } from './text-edit.ts';
import { eolOf, formattingOf, indentUnit, lineIndentAt, lineStartOf } from './text-edit.ts';

// jsonc-parser's `modify` reformats every line an edit touches, so one change in a minified
// config would rewrite the whole file. These edits touch only the member's own bytes, and
// inserting then removing a member gives back the original text exactly.

/** How new JSON is written: on its own lines with this indentation, or inline (null). */
type Layout = { readonly indent: string | null; readonly unit: string; readonly eol: string };

function layoutOf(text: string): Omit<Layout, 'indent'> {
  return { unit: indentUnit(formattingOf(text)), eol: eolOf(text) };
}

/** JSON text for a value: pretty-printed continuing at `indent`, or inline `{"a": 1, "b": [2]}`. */
export function renderJson(value: unknown, layout: Layout): string {
  if (layout.indent === null) return inlineJson(value);
  return JSON.stringify(value, null, layout.unit).split('\n').join(`${layout.eol}${layout.indent}`);
}

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return `{${members.join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What separates members laid out like `node`: a line break and its indentation, or a space. */
export function separatorLike(text: string, node: Node): string {
  return startsLine(text, node.offset) ? `${eolOf(text)}${lineIndentAt(text, node.offset)}` : ' ';
}

function startsLine(text: string, offset: number): boolean {
  return lineIndentAt(text, offset).length === offset - lineStartOf(text, offset);
}

function memberText(key: string | undefined, value: unknown, layout: Layout): string {
  const name = key === undefined ? '' : `${JSON.stringify(key)}: `;
  return `${name}${renderJson(value, layout)}`;
}

/**
 * Appends a property (object) or item (list) to a container, laid out like its siblings: on a
 * line of its own when they are, inline otherwise.
 */
export function appendMember(
  text: string,
  container: Node,
  key: string | undefined,
  value: unknown,
): TextEdit {
  const base = layoutOf(text);
  const last = container.children?.at(-1);
  if (last !== undefined) {
    const indent = startsLine(text, last.offset) ? lineIndentAt(text, last.offset) : null;
    const content = `,${separatorLike(text, last)}${memberText(key, value, { ...base, indent })}`;
    return { offset: last.offset + last.length, length: 0, content };
  }
  const inner = text.slice(container.offset + 1, container.offset + container.length - 1);
  if (!/[\r\n]/.test(inner)) {
    const content = memberText(key, value, { ...base, indent: null });
    return { offset: container.offset + 1, length: 0, content };
  }
  const indent = lineIndentAt(text, container.offset) + base.unit;
  const content = `${base.eol}${indent}${memberText(key, value, { ...base, indent })}`;
  return { offset: container.offset + 1, length: 0, content };
}

/** Inserts an item into a list before `before`, on its own line when the items are. */
export function insertItemBefore(text: string, before: Node, value: unknown): TextEdit {
  const indent = startsLine(text, before.offset) ? lineIndentAt(text, before.offset) : null;
  const content = `${renderJson(value, { ...layoutOf(text), indent })},${separatorLike(text, before)}`;
  return { offset: before.offset, length: 0, content };
}

/** Replaces a value, laid out for where it stands. */
export function replaceValue(text: string, node: Node, value: unknown): TextEdit {
  const holder = node.parent?.type === 'property' ? node.parent.parent : node.parent;
  const multiLine =
    holder !== undefined && /[\r\n]/.test(text.slice(holder.offset, holder.offset + holder.length));
  const indent = multiLine ? lineIndentAt(text, node.offset) : null;
  const content = renderJson(value, { ...layoutOf(text), indent });
  return { offset: node.offset, length: node.length, content };
}

/** Removes a property or list item with its separating (or trailing) comma, and nothing else. */
export function removeMember(text: string, member: Node): TextEdit | undefined {
  const container = member.parent;
  const siblings = container?.children ?? [];
  const i = siblings.indexOf(member);
  if (container === undefined || i < 0) return undefined;
  const end = member.offset + member.length;
  const previous = siblings[i - 1];
  if (previous !== undefined) {
    const from = previous.offset + previous.length;
    return { offset: from, length: end - from, content: '' };
  }
  const next = siblings[i + 1];
  if (next !== undefined)
    return { offset: member.offset, length: next.offset - member.offset, content: '' };
  // The only member: a trailing comma after it must go too, or `[x,]` would become `[,]`.
  const after = skipTrivia(text, end);
  const last = text.charCodeAt(after) === 44 ? after + 1 : end;
  return { offset: container.offset + 1, length: last - container.offset - 1, content: '' };
}
