import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../shared/edits/render-json.ts';

describe('edits/render-json', () => {
  describe('renderJson()', () => {
    const value = { a: 1, b: [true, null], c: {} };

    it('writes inline JSON the way people type it', () => {
      expect(renderJson(value, { indent: null, unit: '  ', eol: '\n' })).toBe(
        '{"a": 1, "b": [true, null], "c": {}}',
      );
    });

    it('pretty-prints continuing at an indentation, with the document line ending', () => {
      expect(renderJson({ a: [1] }, { indent: '    ', unit: '\t', eol: '\r\n' })).toBe(
        '{\r\n    \t"a": [\r\n    \t\t1\r\n    \t]\r\n    }',
      );
    });
  });
});
