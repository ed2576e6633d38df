import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts, positionAt, positionsAt } from '../../shared/text-position.ts';

describe('text-position', () => {
  describe('lineStarts()', () => {
    it('ends lines at LF, CRLF and a lone CR', () => {
      expect(lineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
      expect(lineStarts('')).toEqual([0]);
    });
  });

  describe('positionAt()', () => {
    const starts = lineStarts('ab\r\ncd\n\nef');

    it('gives 1-based lines and columns', () => {
      expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
      expect(positionAt(starts, 5)).toEqual({ line: 2, column: 2 });
      expect(positionAt(starts, 7)).toEqual({ line: 3, column: 1 });
      expect(positionAt(starts, 9)).toEqual({ line: 4, column: 2 });
    });

    it('places the end of the text after its last character', () => {
      expect(positionAt(starts, 10)).toEqual({ line: 4, column: 3 });
    });
  });
});

describe('text-position positionsAt()', () => {
  it('gives what positionAt() gives for ascending offsets, with any line ends', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n', ' ') }),
        fc.array(fc.nat()),
        (text, picks) => {
          const offsets = picks.map((p) => p % (text.length + 1)).sort((a, b) => a - b);
          const starts = lineStarts(text);
          expect(positionsAt(text, offsets)).toEqual(offsets.map((o) => positionAt(starts, o)));
        },
      ),
    );
  });
});
