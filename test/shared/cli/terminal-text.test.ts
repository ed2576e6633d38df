import { describe, expect, it } from 'vitest';
import { jsonDocument, printable } from '../../../shared/cli/terminal-text.ts';

describe('terminal-text', () => {
  describe('printable()', () => {
    it('shows control characters as escapes and tabs as spaces', () => {
      expect(printable('a\u001b[31mb')).toBe('a\\u001b[31mb');
      expect(printable('csi\u009bx')).toBe('csi\\u009bx');
      expect(printable('a\tb')).toBe('a b');
      expect(printable('Ünïcode €')).toBe('Ünïcode €');
    });
  });

  describe('jsonDocument()', () => {
    it('prints indented JSON with a final newline that parses back to the value', () => {
      const value = { name: 'x\u009b\u2028y', n: 0.1 + 0.2 };
      const text = jsonDocument(value);
      expect(text).toBe('{\n  "name": "x\\u009b\\u2028y",\n  "n": 0.30000000000000004\n}\n');
      expect(JSON.parse(text)).toEqual(value);
    });
  });
});
