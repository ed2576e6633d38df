import type { TextEdit } from '../../shared/edits/text-edit.ts';
import { applyEdits, minimalEdit } from '../../shared/edits/text-edit.ts';

/** One undoable step: the text it replaced and the text it put there. */
export interface Change {
  readonly offset: number;
  readonly removed: string;
  readonly inserted: string;
  /** Steps with the same key made within {@link COALESCE_MS} merge into one (typing). */
  readonly key: string | null;
  readonly time: number;
}

/** Undo and redo stacks; newest last. */
export interface UndoHistory {
  readonly done: readonly Change[];
  readonly undone: readonly Change[];
}

export const EMPTY_HISTORY: UndoHistory = { done: [], undone: [] };
export const COALESCE_MS = 1000;
const LIMIT = 500;

/** The edit that applies a change (forward) or reverts it. */
export function editOf(change: Change, direction: 'apply' | 'revert'): TextEdit {
  return direction === 'apply'
    ? { offset: change.offset, length: change.removed.length, content: change.inserted }
    : { offset: change.offset, length: change.inserted.length, content: change.removed };
}

/** Where `before` and `after` differ, when the edits that made one from the other are known. */
interface Span {
  /** Start of the changed range, the same in both texts. */
  readonly start: number;
  /** End of the changed range in `before`. */
  readonly end: number;
}

/** The range covering every edit, in `before`'s offsets: no scan of the whole text. */
function spanOf(edits: readonly TextEdit[]): Span | undefined {
  if (edits.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const e of edits) {
    start = Math.min(start, e.offset);
    end = Math.max(end, e.offset + e.length);
  }
  return { start, end };
}

/** The change replacing `removed` by `inserted` at `offset`, without their common ends. */
function trimmed(
  offset: number,
  removed: string,
  inserted: string,
  key: string | null,
  time: number,
): Change | undefined {
  const [edit] = minimalEdit(removed, inserted);
  if (edit === undefined) return undefined;
  return {
    offset: offset + edit.offset,
    removed: removed.slice(edit.offset, edit.offset + edit.length),
    inserted: edit.content,
    key,
    time,
  };
}

function changeOfSpan(
  before: string,
  after: string,
  span: Span,
  key: string | null,
  time: number,
): Change | undefined {
  const inserted = after.slice(span.start, span.end + after.length - before.length);
  return trimmed(span.start, before.slice(span.start, span.end), inserted, key, time);
}

/**
 * `last` (origin → before) followed by `span` (before → after) as one change of origin. Both
 * ranges are known, so only the text between them is read.
 */
function merge(
  last: Change,
  before: string,
  after: string,
  span: Span,
  time: number,
): Change | undefined {
  const start = Math.min(last.offset, span.start);
  const end = Math.max(last.offset + last.inserted.length, span.end);
  const removed =
    before.slice(start, last.offset) +
    last.removed +
    before.slice(last.offset + last.inserted.length, end);
  const inserted = after.slice(start, end + after.length - before.length);
  return trimmed(start, removed, inserted, last.key, time);
}

/**
 * Records `before → after`, merging with the previous step when it continues the same typing.
 * With the `edits` that made `after`, the change comes from their range; else from a diff.
 */
export function record(
  history: UndoHistory,
  before: string,
  after: string,
  key: string | null,
  time: number,
  edits?: readonly TextEdit[],
): UndoHistory {
  const diff = edits ?? minimalEdit(before, after);
  const span = spanOf(diff);
  if (span === undefined) return history;
  const last = history.done.at(-1);
  if (last !== undefined && key !== null && last.key === key && time - last.time < COALESCE_MS) {
    const merged = merge(last, before, after, span, time);
    const done = history.done.slice(0, -1);
    return { done: merged === undefined ? done : [...done, merged], undone: [] };
  }
  const change = changeOfSpan(before, after, span, key, time);
  if (change === undefined) return history;
  return { done: [...history.done.slice(-LIMIT + 1), change], undone: [] };
}

/** An undo or redo: the history and text after it, and the edit that made that text. */
export interface Step {
  readonly history: UndoHistory;
  readonly text: string;
  readonly edit: TextEdit;
}

/** Undoes the newest step: the new history and text, or undefined when there is none. */
export function undo(history: UndoHistory, text: string): Step | undefined {
  const change = history.done.at(-1);
  if (change === undefined) return undefined;
  const edit = editOf(change, 'revert');
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, change] },
    text: applyEdits(text, [edit]),
    edit,
  };
}

/** Redoes the newest undone step. */
export function redo(history: UndoHistory, text: string): Step | undefined {
  const change = history.undone.at(-1);
  if (change === undefined) return undefined;
  const edit = editOf(change, 'apply');
  return {
    history: { done: [...history.done, change], undone: history.undone.slice(0, -1) },
    text: applyEdits(text, [edit]),
    edit,
  };
}

/** Ends the current typing step, so the next keystroke starts a new one. */
export function seal(history: UndoHistory): UndoHistory {
  const last = history.done.at(-1);
  if (last === undefined || last.key === null) return history;
  return { ...history, done: [...history.done.slice(0, -1), { ...last, key: null }] };
}
