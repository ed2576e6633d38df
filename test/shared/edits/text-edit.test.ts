import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  eolOf,
  formattingOf,
  indentUnit,
  lineIndentAt,
  minimalEdit,
} from '../../../shared/edits/text-edit.ts';

describe('edits/text-edit', () => {
  describe('applyEdits()', () => {
    it('applies non-overlapping edits given in any order', () => {
      const edits = [
        { offset: 0, length: 1, content: 'A' },
        { offset: 4, length: 0, content: '!' },
        { offset: 2, length: 1, content: '' },
      ];
      expect(applyEdits('abcd', edits)).toBe('Abd!');
      expect(applyEdits('abcd', [...edits].reverse())).toBe('Abd!');
    });
  });

  describe('minimalEdit()', () => {
    it('touches only the range that differs', () => {
      expect(minimalEdit('{"a": 1, "b": 2}', '{"a": 1, "b": 3}')).toEqual([
        { offset: 14, length: 1, content: '3' },
      ]);
      expect(minimalEdit('same', 'same')).toEqual([]);
    });

    it('finds the longest common ends, as a character-by-character scan would', () => {
      const naive = (before: string, after: string) => {
        const max = Math.min(before.length, after.length);
        let start = 0;
        while (start < max && before[start] === after[start]) start++;
        let end = 0;
        while (end < max - start && before.at(-1 - end) === after.at(-1 - end)) end++;
        return {
          offset: start,
          length: before.length - start - end,
          content: after.slice(start, after.length - end),
        };
      };
      const text = fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', '\n', '😀') });
      fc.assert(
        fc.property(text, text, (before, after) => {
          fc.pre(before !== after);
          expect(minimalEdit(before, after)).toEqual([naive(before, after)]);
        }),
      );
    });

    it('finds a one-character change in a large text', () => {
      const big = `{"a": 1000,${' '.repeat(2_000_000)}}`;
      expect(minimalEdit(big, big.replace('1000', '1001'))).toEqual([
        { offset: 9, length: 1, content: '1' },
      ]);
    });

    it('handles growth and shrinkage at either end', () => {
      for (const [before, after] of [
        ['abc', 'xabc'],
        ['abc', 'abcx'],
        ['aaa', 'aa'],
        ['', 'x'],
      ] as const) {
        expect(applyEdits(before, minimalEdit(before, after))).toBe(after);
      }
    });
  });

  describe('eolOf()', () => {
    it('is CRLF when the document uses any, else LF', () => {
      expect(eolOf('{\r\n}')).toBe('\r\n');
      expect(eolOf('{\n}')).toBe('\n');
    });
  });

  describe('formattingOf() and indentUnit()', () => {
    it('reads the indentation the document uses', () => {
      expect(indentUnit(formattingOf('{\n    "a": {\n        "b": 1\n    }\n}'))).toBe('    ');
      expect(indentUnit(formattingOf('{\n\t"a": 1\n}'))).toBe('\t');
      expect(indentUnit(formattingOf('{"a": 1}'))).toBe('  ');
      expect(formattingOf('{\r\n  "a": 1\r\n}').eol).toBe('\r\n');
    });
  });

  describe('lineIndentAt()', () => {
    it('gives the whitespace that starts the line', () => {
      const text = '{\n    "a": 1,\r\n\t"b": 2\n}';
      expect(lineIndentAt(text, text.indexOf('1'))).toBe('    ');
      expect(lineIndentAt(text, text.indexOf('"b"'))).toBe('\t');
      expect(lineIndentAt(text, 0)).toBe('');
    });
  });
});
