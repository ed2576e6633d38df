import { describe, expect, it } from 'vitest';
import { nonStrictTokens } from '../../../shared/parse/non-strict.ts';

describe('parse/non-strict', () => {
  describe('nonStrictTokens()', () => {
    const text = '{ // a\n  "x": [1, /* b */ ],\n  "y": 2,\n}';

    it('finds every comment and trailing comma, in text order', () => {
      const found = nonStrictTokens(text).map((t) => [
        t.kind,
        text.slice(t.range.offset, t.range.offset + t.range.length),
      ]);
      expect(found).toEqual([
        ['comment', '// a'],
        ['comma', ','],
        ['comment', '/* b */'],
        ['comma', ','],
      ]);
      expect(nonStrictTokens(text)[1]?.range.offset).toBe(text.indexOf('1,') + 1);
    });

    it('stops after the first when asked', () => {
      expect(nonStrictTokens(text, true)).toHaveLength(1);
    });

    it('finds nothing in strict JSON, whatever its strings hold', () => {
      expect(nonStrictTokens('{"a": "// not a comment", "b": [1, 2], "c": ",]"}')).toEqual([]);
    });
  });
});
