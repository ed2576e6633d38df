import type { Node } from 'jsonc-parser';
import { lineStartOf } from './text-edit.ts';

// Comment ownership (docs/decisions.md, "Edits"): a comment on the line where a member ends,
// after it, belongs to that member; comment lines directly above a member (no blank line
// between) belong to it, as does a comment before it on its own line. Any other comment belongs
// to the container and stays where it is. In a one-line list, a comment before a comma belongs
// to the member before it, one after the comma to the member after it.

/** A comment or the comma between two members, as found in the gap between them. */
export interface GapToken {
  readonly kind: 'comment' | 'comma';
  readonly start: number;
  readonly end: number;
}

/** Where a member and the comments it owns lie, and its comma. */
export interface MemberSpan {
  readonly node: Node;
  /** The first owned comment above or before the member, else the member itself. */
  readonly start: number;
  /** The end of the last comment after the member on its line, else the member's end. */
  readonly end: number;
  /** The comma after the member (between it and the next, or a trailing comma), if any. */
  readonly comma: GapToken | undefined;
  /** Its last owned comment after it is a `//` comment: nothing may follow on that line. */
  readonly lineCommentAfter: boolean;
}

/** The span of every member of an object or list, in order. */
export function memberSpans(text: string, container: Node): MemberSpan[] {
  const members = container.children ?? [];
  const close = containerEnd(container);
  const starts: number[] = [];
  const ends: number[] = [];
  const commas: (GapToken | undefined)[] = [];
  members.forEach((m, i) => {
    const previous = members[i - 1];
    const from = previous === undefined ? container.offset + 1 : previous.offset + previous.length;
    const tokens = gapTokens(text, from, m.offset);
    starts.push(leadStart(text, tokens, from, m.offset, previous === undefined));
    if (previous !== undefined) commas.push(tokens.find((t) => t.kind === 'comma'));
  });
  members.forEach((m, i) => {
    const end = m.offset + m.length;
    const next = members[i + 1];
    const tokens = gapTokens(text, end, next === undefined ? close : next.offset);
    if (next === undefined) commas.push(tokens.find((t) => t.kind === 'comma'));
    ends.push(
      trailEnd(text, tokens, end, next === undefined || hasLineBreak(text, end, next.offset)),
    );
  });
  return members.map((node, i) => ({
    node,
    lineCommentAfter: text.startsWith('//', lastCommentStart(text, node, ends[i])),
    // An owned comment before the member can never reach back past the previous member's own.
    start: Math.max(starts[i] ?? node.offset, i > 0 ? (ends[i - 1] ?? 0) : 0),
    end: ends[i] ?? node.offset + node.length,
    comma: commas[i],
  }));
}

/** Where the comment ending at `end` starts (the member's end when it owns none after it). */
function lastCommentStart(text: string, node: Node, end: number | undefined): number {
  const from = node.offset + node.length;
  if (end === undefined || end <= from) return from;
  const comments = gapTokens(text, from, end).filter((t) => t.kind === 'comment');
  return comments.at(-1)?.start ?? from;
}

/** Comments and commas between two offsets that hold only trivia, comments and commas. */
export function gapTokens(text: string, from: number, to: number): GapToken[] {
  const out: GapToken[] = [];
  for (let i = from; i < to;) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      let end = i + 2;
      while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      out.push({ kind: 'comment', start: i, end });
      i = end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 || close + 2 > to ? to : close + 2;
      out.push({ kind: 'comment', start: i, end });
      i = end;
    } else {
      if (c === 44) out.push({ kind: 'comma', start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Where a member's owned comments before it begin, in the gap from `from` (the previous
 * member's end, or just inside the opening bracket when `first`) to the member.
 */
function leadStart(
  text: string,
  tokens: readonly GapToken[],
  from: number,
  memberStart: number,
  first: boolean,
): number {
  const comma = tokens.findIndex((t) => t.kind === 'comma');
  const memberOnFromLine = !hasLineBreak(text, from, memberStart);
  let start = memberStart;
  for (let i = tokens.length - 1; i > comma; i--) {
    const t = tokens[i] as GapToken;
    // On the previous member's line, or the opening bracket's, a comment is theirs, unless the
    // member stands on that line too (a one-line list).
    if (!memberOnFromLine && !hasLineBreak(text, from, t.start)) break;
    if (memberOnFromLine && !first && comma < 0) break;
    const breaks = lineBreaks(text, t.end, start);
    const ownLine = text.slice(lineStartOf(text, t.start), t.start).trim() === '';
    if (breaks === 0 || (breaks === 1 && ownLine)) start = t.start;
    else break;
  }
  return start;
}

/** Where a member's owned comments after it end: those on the line where it ends. */
function trailEnd(
  text: string,
  tokens: readonly GapToken[],
  memberEnd: number,
  nextOnLaterLine: boolean,
): number {
  let end = memberEnd;
  let afterComma = false;
  for (const t of tokens) {
    if (t.kind === 'comma') {
      afterComma = true;
      continue;
    }
    if (hasLineBreak(text, memberEnd, t.start)) break;
    // In a one-line list, a comment after the comma is the next member's.
    if (afterComma && !nextOnLaterLine) break;
    end = t.end;
  }
  return end;
}

/** Past a trailing comma and the comments on its line, which stay the container's. */
export interface CommaEnd {
  readonly at: number;
  /** The last of those comments is a `//` comment: nothing may follow on that line. */
  readonly lineComment: boolean;
}

export function pastTrailingComma(text: string, last: MemberSpan): CommaEnd | undefined {
  const comma = last.comma;
  if (comma === undefined) return undefined;
  const close = last.node.parent === undefined ? text.length : containerEnd(last.node.parent);
  const onCommaLine = gapTokens(text, comma.end, close).filter(
    (t) => !/[\r\n]/.test(text.slice(comma.end, t.start)),
  );
  const lastOnLine = onCommaLine.at(-1);
  const at = Math.max(last.end, comma.end, lastOnLine?.end ?? 0);
  const lineComment =
    lastOnLine !== undefined && at === lastOnLine.end && text.startsWith('//', lastOnLine.start);
  return { at, lineComment };
}

/** The offset of a container's closing bracket. */
function containerEnd(container: Node): number {
  return container.offset + container.length - 1;
}
