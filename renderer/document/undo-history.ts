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

/** The change turning `before` into `after`, or undefined when they are equal. */
export function changeBetween(
  before: string,
  after: string,
  key: string | null,
  time: number,
): Change | undefined {
  const [edit] = minimalEdit(before, after);
  if (edit === undefined) return undefined;
  return {
    offset: edit.offset,
    removed: before.slice(edit.offset, edit.offset + edit.length),
    inserted: edit.content,
    key,
    time,
  };
}

/** The edit that applies a change (forward) or reverts it. */
export function editOf(change: Change, direction: 'apply' | 'revert'): TextEdit {
  return direction === 'apply'
    ? { offset: change.offset, length: change.removed.length, content: change.inserted }
    : { offset: change.offset, length: change.inserted.length, content: change.removed };
}

/** Records `before → after`, merging with the previous step when it continues the same typing. */
export function record(
  history: UndoHistory,
  before: string,
  after: string,
  key: string | null,
  time: number,
): UndoHistory {
  const last = history.done.at(-1);
  if (last !== undefined && key !== null && last.key === key && time - last.time < COALESCE_MS) {
    const origin = applyEdits(before, [editOf(last, 'revert')]);
    const merged = changeBetween(origin, after, key, time);
    const done = history.done.slice(0, -1);
    return { done: merged === undefined ? done : [...done, merged], undone: [] };
  }
  const change = changeBetween(before, after, key, time);
  if (change === undefined) return history;
  return { done: [...history.done.slice(-LIMIT + 1), change], undone: [] };
}

/** Undoes the newest step: the new history and text, or undefined when there is none. */
export function undo(
  history: UndoHistory,
  text: string,
): { history: UndoHistory; text: string; change: Change } | undefined {
  const change = history.done.at(-1);
  if (change === undefined) return undefined;
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, change] },
    text: applyEdits(text, [editOf(change, 'revert')]),
    change,
  };
}

/** Redoes the newest undone step. */
export function redo(
  history: UndoHistory,
  text: string,
): { history: UndoHistory; text: string; change: Change } | undefined {
  const change = history.undone.at(-1);
  if (change === undefined) return undefined;
  return {
    history: { done: [...history.done, change], undone: history.undone.slice(0, -1) },
    text: applyEdits(text, [editOf(change, 'apply')]),
    change,
  };
}

/** Ends the current typing step, so the next keystroke starts a new one. */
export function seal(history: UndoHistory): UndoHistory {
  const last = history.done.at(-1);
  if (last === undefined || last.key === null) return history;
  return { ...history, done: [...history.done.slice(0, -1), { ...last, key: null }] };
}
