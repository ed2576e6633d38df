import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UndoHistory } from '../../../renderer/state/undo-history.ts';
import { EMPTY_HISTORY, record, redo, seal, undo } from '../../../renderer/state/undo-history.ts';
import type { TextEdit } from '../../../shared/edits/text-edit.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';

describe('undo-history', () => {
  describe('record()', () => {
    it('merges typing with the same key into one step', () => {
      let h = record(EMPTY_HISTORY, '{"a": 1}', '{"a": 12}', 'field', 0);
      h = record(h, '{"a": 12}', '{"a": 123}', 'field', 500);
      expect(h.done).toHaveLength(1);
      expect(undo(h, '{"a": 123}')?.text).toBe('{"a": 1}');
    });

    it('starts a new step after a pause, another key, or a seal', () => {
      let h = record(EMPTY_HISTORY, 'a', 'ab', 'field', 0);
      h = record(h, 'ab', 'abc', 'field', 5000);
      h = record(h, 'abc', 'abcd', 'other', 5100);
      h = record(seal(h), 'abcd', 'abcde', 'other', 5200);
      expect(h.done).toHaveLength(4);
    });

    it('ignores a change that changes nothing', () => {
      expect(record(EMPTY_HISTORY, 'x', 'x', null, 0)).toBe(EMPTY_HISTORY);
    });
  });

  describe('undo() and redo()', () => {
    it('restore the exact texts in both directions', () => {
      const h = record(
        EMPTY_HISTORY,
        '{\r\n  // c\r\n  "a": 1\r\n}',
        '{\r\n  // c\r\n  "a": 2\r\n}',
        null,
        0,
      );
      const back = undo(h, '{\r\n  // c\r\n  "a": 2\r\n}');
      expect(back?.text).toBe('{\r\n  // c\r\n  "a": 1\r\n}');
      expect(back && redo(back.history, back.text)?.text).toBe('{\r\n  // c\r\n  "a": 2\r\n}');
    });

    it('return undefined when there is nothing to undo or redo', () => {
      expect(undo(EMPTY_HISTORY, 'x')).toBeUndefined();
      expect(redo(EMPTY_HISTORY, 'x')).toBeUndefined();
    });
  });
});

describe('undo-history with known edits', () => {
  const edit = (offset: number, length: number, content: string): TextEdit => ({
    offset,
    length,
    content,
  });

  const changeOf = (before: string, after: string, edits: TextEdit[], key: string | null, t = 0) =>
    record(EMPTY_HISTORY, before, after, key, t, edits).done[0];

  describe('record() of known edits', () => {
    it('reads the change from the edits, trimmed to what differs', () => {
      const before = '{"a": 1000, "b": 2}';
      const edits = [edit(6, 4, '1007')];
      expect(changeOf(before, applyEdits(before, edits), edits, 'k', 1)).toEqual({
        offset: 9,
        removed: '0',
        inserted: '7',
        key: 'k',
        time: 1,
      });
    });

    it('covers several edits with one change and ignores edits that change nothing', () => {
      const before = 'abcdef';
      const edits = [edit(1, 1, 'X'), edit(4, 1, 'Y')];
      expect(changeOf(before, 'aXcdYf', edits, null)).toMatchObject({
        offset: 1,
        removed: 'bcde',
        inserted: 'XcdY',
      });
      expect(changeOf(before, before, [edit(2, 1, 'c')], null)).toBeUndefined();
    });
  });

  describe('record()', () => {
    it('merges typing from edits without diffing the whole text', () => {
      const pad = ' '.repeat(1000);
      let text = `{"a": 1${pad}}`;
      let h = EMPTY_HISTORY;
      for (const [i, digit] of ['2', '3', '4'].entries()) {
        const edits = [edit(7 + i, 0, digit)];
        const next = applyEdits(text, edits);
        h = record(h, text, next, 'field', i * 100, edits);
        text = next;
      }
      expect(h.done).toEqual([
        { offset: 7, removed: '', inserted: '234', key: 'field', time: 200 },
      ]);
      expect(undo(h, text)?.text).toBe(`{"a": 1${pad}}`);
    });

    it('drops the step when typing returns to the original text', () => {
      const edits1 = [edit(0, 1, 'b')];
      const edits2 = [edit(0, 1, 'a')];
      const h = record(record(EMPTY_HISTORY, 'a', 'b', 'k', 0, edits1), 'b', 'a', 'k', 1, edits2);
      expect(h.done).toHaveLength(0);
    });

    it('gives the same undo and redo texts as diffing, for any edits', () => {
      const step = fc.record({
        at: fc.nat(),
        length: fc.nat({ max: 4 }),
        content: fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', '1', '"') }),
        key: fc.constantFrom(null, 'x', 'y'),
        pause: fc.constantFrom(10, 5000),
      });
      fc.assert(
        fc.property(
          fc.string({ maxLength: 20 }),
          fc.array(step, { maxLength: 12 }),
          (start, steps) => {
            let text = start;
            let byEdits = EMPTY_HISTORY;
            let byDiff = EMPTY_HISTORY;
            let time = 0;
            for (const s of steps) {
              const offset = text.length === 0 ? 0 : s.at % (text.length + 1);
              const edits = [edit(offset, Math.min(s.length, text.length - offset), s.content)];
              const next = applyEdits(text, edits);
              time += s.pause;
              byEdits = record(byEdits, text, next, s.key, time, edits);
              byDiff = record(byDiff, text, next, s.key, time);
              text = next;
            }
            expect(walk(byEdits, text)).toEqual(walk(byDiff, text));
            const texts = walk(byEdits, text);
            expect(texts[byEdits.done.length]).toBe(start);
            expect(texts.at(-1)).toBe(text);
          },
        ),
      );
    });
  });
});

/** Every text met undoing to the start, then redoing to the end. */
function walk(history: UndoHistory, text: string): string[] {
  const texts = [text];
  let h = history;
  let t = text;
  for (let r = undo(h, t); r !== undefined; r = undo(h, t)) {
    ({ history: h, text: t } = r);
    texts.push(t);
  }
  for (let r = redo(h, t); r !== undefined; r = redo(h, t)) {
    ({ history: h, text: t } = r);
    texts.push(t);
  }
  return texts;
}
