import { describe, expect, it } from 'vitest';
import { scanStructure } from '../../../shared/parse/structure-scan.ts';

describe('parse/structure-scan', () => {
  describe('scanStructure()', () => {
    it('counts colons outside strings and comments', () => {
      expect(scanStructure('{"a:b": 1, /* c: d */ "e": "f:g" // h: i\n}').colons).toBe(2);
    });

    it('finds the first bracket deeper than the limit', () => {
      expect(scanStructure('[[[]]]', 2).tooDeepAt).toBe(2);
      expect(scanStructure('[[]] [[]]', 2).tooDeepAt).toBe(-1);
    });

    it('ignores brackets inside strings and comments', () => {
      expect(scanStructure('["[[[[", /* [[[[ */ 1] // [[[[', 2).tooDeepAt).toBe(-1);
    });

    it('ends a line comment at a carriage return, so the nesting after it is measured', () => {
      expect(scanStructure('// c\r[[[]]]', 2).tooDeepAt).toBe(7);
    });

    it('measures 100,000 levels without overflowing the stack', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      expect(scanStructure(deep).tooDeepAt).toBe(256);
    });
  });
});
