import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  record,
  redo,
  seal,
  undo,
} from '../../../renderer/document/undo-history.ts';

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
