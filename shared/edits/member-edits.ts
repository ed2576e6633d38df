import type { Node, ParseError } from 'jsonc-parser';
import { getNodePath, getNodeValue, parse } from 'jsonc-parser';
import { skipTrivia } from '../parse/find-path.ts';
import type { CommaEnd, MemberSpan } from './member-spans.ts';
import { gapTokens, memberSpans, pastTrailingComma } from './member-spans.ts';
import type { Layout } from './render-json.ts';
import { renderJson } from './render-json.ts';
import type { TextEdit } from './text-edit.ts';
import {
  applyEdits,
  eolOf,
  formattingOf,
  indentUnit,
  lineIndentAt,
  lineStartOf,
} from './text-edit.ts';

// jsonc-parser's `modify` reformats every line an edit touches, so one change in a minified
// config would rewrite the whole file. These edits touch only the member's own bytes, and
// inserting then removing a member gives back the original text exactly.

function layoutOf(text: string): Omit<Layout, 'indent'> {
  return { unit: indentUnit(formattingOf(text)), eol: eolOf(text) };
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
    const span = memberSpans(text, container).at(-1) as MemberSpan;
    const commaEnd = pastTrailingComma(text, span);
    let indent = startsLine(text, last.offset) ? lineIndentAt(text, last.offset) : null;
    let separator = separatorLike(text, last);
    // After a `//` comment (the member's own, or on its trailing comma's line) the new member
    // must start a new line: inline, it would be commented out.
    if ((span.lineCommentAfter || commaEnd?.lineComment === true) && indent === null) {
      indent = lineIndentAt(text, last.offset);
      separator = `${base.eol}${indent}`;
    }
    const member = `${separator}${memberText(key, value, { ...base, indent })}`;
    return appendAfter(text, span, member, commaEnd);
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

/**
 * Adds `member` (its separator first) after the last member and the comments it owns, so they
 * stay its own. A trailing comma then trails the new member too; before a `//` comment, the
 * comma goes right after the last member and the new one after the comment.
 */
function appendAfter(
  text: string,
  last: MemberSpan,
  member: string,
  commaEnd: CommaEnd | undefined,
): TextEdit {
  if (commaEnd !== undefined) return { offset: commaEnd.at, length: 0, content: `${member},` };
  const lastEnd = last.node.offset + last.node.length;
  if (last.lineCommentAfter) {
    const comments = text.slice(lastEnd, last.end);
    return { offset: lastEnd, length: comments.length, content: `,${comments}${member}` };
  }
  return { offset: last.end, length: 0, content: `,${member}` };
}

/** Inserts an item into a list before `before` (and the comments it owns), on its own line when the items are. */
export function insertItemBefore(text: string, before: Node, value: unknown): TextEdit {
  const indent = startsLine(text, before.offset) ? lineIndentAt(text, before.offset) : null;
  const content = `${renderJson(value, { ...layoutOf(text), indent })},${separatorLike(text, before)}`;
  const list = before.parent;
  const span =
    list === undefined ? undefined : memberSpans(text, list).find((s) => s.node === before);
  return { offset: span?.start ?? before.offset, length: 0, content };
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

/**
 * Removes a property or list item with the comments it owns (see member-spans.ts) and one
 * separating comma; every other comment stays. A member on lines of its own takes those lines.
 */
export function removeMember(text: string, member: Node): TextEdit | undefined {
  const container = member.parent;
  const i = container?.children?.indexOf(member) ?? -1;
  if (container === undefined || i < 0) return undefined;
  const spans = memberSpans(text, container);
  const edit = spanEdit(text, removalRanges(text, container, spans, i));
  // Layouts no rule foresaw (a comma first on a line, say) fall back to the plain removal.
  return removesOnly(text, container, i, edit) ? edit : plainRemoval(text, member);
}

type Range = readonly [number, number];

function removalRanges(
  text: string,
  container: Node,
  spans: readonly MemberSpan[],
  i: number,
): Range[] {
  const span = spans[i] as MemberSpan;
  const previous = spans[i - 1];
  const next = spans[i + 1];
  const lineStart = lineStartOf(text, span.start);
  const startsLine = text.slice(lineStart, span.start).trim() === '';
  const commaEnd =
    span.comma !== undefined && span.comma.start < lineEndOf(text, span.end) ? span.comma.end : 0;
  const end = Math.max(span.end, commaEnd);
  const lineEnd = lineEndOf(text, end);
  if (startsLine && text.slice(end, lineEnd).trim() === '') {
    // On lines of its own: those lines go, with the comma before it when it was the last.
    const ranges: Range[] = [[lineStart, lineEnd + lineBreakLength(text, lineEnd)]];
    if (next !== undefined && commaEnd === 0 && span.comma !== undefined)
      ranges.push([span.comma.start, span.comma.end]);
    // A trailing comma of its own goes with it: the previous member's comma then trails.
    if (next === undefined && commaEnd === 0 && previous?.comma !== undefined)
      ranges.push([previous.comma.start, previous.comma.end]);
    return ranges;
  }
  if (previous !== undefined) {
    const comma = previous.comma;
    // The last with a trailing comma: from just before it (comments before it on its line
    // stay: they were the previous member's before it was appended) through its own comma.
    if (next === undefined && span.comma !== undefined && comma !== undefined) {
      let from = span.node.offset;
      while (from > comma.end && /\s/.test(text.charAt(from - 1))) from--;
      const to = Math.max(span.end, span.comma.end);
      // Never join what follows to a `//` comment before it.
      const before = gapTokens(text, comma.end, span.node.offset).at(-1);
      const lineComment = before?.end === from && text.startsWith('//', before.start);
      if (lineComment && !/^[\r\n]/.test(text.slice(to, to + 1)))
        from = lineStartOf(text, span.node.offset);
      return [[Math.max(from, previous.end), to]];
    }
    // Its own comma stays: it now separates the previous member from the next.
    if (comma === undefined || previous.end <= comma.start) return [[previous.end, span.end]];
    return [
      [comma.start, comma.end],
      [previous.end, span.end],
    ];
  }
  if (next !== undefined) return [[span.start, Math.min(skipSpaces(text, end), next.start)]];
  // The only member: the spaces before it back to the bracket go too, so `{ "a": 1 }` is `{ }`.
  let from = span.start;
  while (from > container.offset + 1 && isSpace(text.charCodeAt(from - 1))) from--;
  return [[from, Math.max(end, span.comma?.end ?? 0)]];
}

/** One edit deleting every range and keeping the text between them. */
function spanEdit(text: string, ranges: readonly Range[]): TextEdit {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const first = sorted[0] as Range;
  let content = '';
  let at = first[0];
  let end = first[0];
  for (const [from, to] of sorted) {
    if (from > at) content += text.slice(at, from);
    at = Math.max(at, to);
    end = Math.max(end, to);
  }
  return { offset: first[0], length: end - first[0], content };
}

/** Whether the edit leaves the container with exactly its other members, and parses. */
function removesOnly(text: string, container: Node, i: number, edit: TextEdit): boolean {
  const after = readLoose(applyEdits(text, [edit]));
  const expected = readLoose(text);
  if (!after.ok || !expected.ok) return false;
  return (
    JSON.stringify(after.value) === JSON.stringify(withoutMember(expected.value, container, i))
  );
}

/** The JSONC value of a text, as jsonc-parser reads it, if it parses without an error. */
function readLoose(text: string): { readonly ok: boolean; readonly value: unknown } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  return { ok: errors.length === 0, value };
}

/** The parsed value with the i-th member of the container at `container`'s path removed. */
function withoutMember(value: unknown, container: Node, i: number): unknown {
  const path = getNodePath(container);
  let holder: unknown = value;
  for (const segment of path) holder = (holder as Record<string | number, unknown>)[segment];
  if (Array.isArray(holder)) holder.splice(i, 1);
  else if (holder !== null && typeof holder === 'object') {
    const key = container.children?.[i]?.children?.[0]?.value as string;
    const record = holder as Record<string, unknown>;
    const rest = container.children?.some((p, j) => j !== i && p.children?.[0]?.value === key);
    // Another copy of a duplicated key stays: its value is then the one in effect.
    if (rest !== true) delete record[key];
    else {
      const last = [...(container.children ?? [])]
        .reverse()
        .find((p, j, all) => all.length - 1 - j !== i && p.children?.[0]?.value === key);
      record[key] = last?.children?.[1] === undefined ? undefined : getNodeValue(last.children[1]);
    }
  }
  return value;
}

/** The removal before comments had owners: the member and one comma, nothing else. */
function plainRemoval(text: string, member: Node): TextEdit | undefined {
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

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset of the line break ending the line that holds `offset` (the text's end if none). */
function lineEndOf(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function lineBreakLength(text: string, at: number): number {
  if (text.charCodeAt(at) === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return text.charCodeAt(at) === 10 ? 1 : 0;
}

/**
 * The text with the container's members in a new order (`order[j]` is the member that goes to
 * place j), each with the comments it owns; commas, separators and the container's own comments
 * stay where they are. Undefined when the result would not be that order (a layout not foreseen).
 */
export function reorderMembers(
  text: string,
  container: Node,
  order: readonly number[],
): string | undefined {
  const spans = memberSpans(text, container);
  if (spans.length === 0 || order.length !== spans.length) return undefined;
  const first = spans[0] as MemberSpan;
  const parts: string[] = [text.slice(0, first.start)];
  spans.forEach((slot, j) => {
    const unit = spans[order[j] as number] as MemberSpan;
    const next = spans[j + 1];
    const gapEnd = next === undefined ? text.length : next.start;
    if (unit === slot) {
      parts.push(text.slice(slot.start, gapEnd));
      return;
    }
    const comma = slot.comma;
    const commaInGap = comma !== undefined && comma.start >= slot.end && comma.end <= gapEnd;
    // A `//` comment ends the line: the comma must come before it, never after.
    const commaAfterBody = comma !== undefined && (!commaInGap || unit.lineCommentAfter);
    parts.push(unitText(text, unit, commaAfterBody));
    let gap = text.slice(slot.end, gapEnd);
    if (commaInGap && commaAfterBody) {
      const at = comma.start - slot.end;
      gap = gap.slice(0, at) + gap.slice(at + 1);
    }
    parts.push(gap);
  });
  const after = parts.join('');
  return reordered(text, after, container, order) ? after : undefined;
}

/** A member with its owned comments, without its own comma; with one after it when asked. */
function unitText(text: string, unit: MemberSpan, commaAfterBody: boolean): string {
  const nodeEnd = unit.node.offset + unit.node.length;
  const own = unit.comma;
  const trail =
    own !== undefined && own.start >= nodeEnd && own.end <= unit.end
      ? text.slice(own.end, unit.end)
      : text.slice(nodeEnd, unit.end);
  return `${text.slice(unit.start, nodeEnd)}${commaAfterBody ? ',' : ''}${trail}`;
}

function reordered(
  before: string,
  after: string,
  container: Node,
  order: readonly number[],
): boolean {
  const read = readLoose(after);
  const expected = readLoose(before).value;
  if (!read.ok) return false;
  let holder: unknown = expected;
  for (const segment of getNodePath(container))
    holder = (holder as Record<string | number, unknown>)[segment];
  if (!Array.isArray(holder)) return false;
  const list: unknown[] = holder;
  const items = [...list];
  order.forEach((from, to) => {
    list[to] = items[from];
  });
  return JSON.stringify(read.value) === JSON.stringify(expected);
}
