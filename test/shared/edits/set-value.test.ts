import { describe, expect, it } from 'vitest';
import { insertIntoList, removeKey, setValue } from '../../../shared/edits/set-value.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';

const doc = `{
  // Risk settings
  "position_sizing": {
    "method": "fixed_usd", // cheap
    "fixed_amount_usd": 500
  },
  "log_level": "INFO"
}
`;

describe('edits/set-value', () => {
  describe('setValue()', () => {
    it('replaces a scalar in place, comments and layout untouched', () => {
      const edits = setValue(doc, ['position_sizing', 'method'], 'risk_based');
      expect(applyEdits(doc, edits)).toBe(doc.replace('"fixed_usd"', '"risk_based"'));
      expect(edits).toEqual([
        {
          offset: doc.indexOf('"fixed_usd"'),
          length: '"fixed_usd"'.length,
          content: '"risk_based"',
        },
      ]);
    });

    it('adds a missing key on its own line, indented like its siblings', () => {
      const after = applyEdits(doc, setValue(doc, ['position_sizing', 'max_leverage'], 2));
      expect(after).toBe(
        doc.replace('"fixed_amount_usd": 500', '"fixed_amount_usd": 500,\n    "max_leverage": 2'),
      );
    });

    it('creates missing objects, pretty-printed at the right depth', () => {
      const after = applyEdits(doc, setValue(doc, ['strategies', 'x', 'y'], 1));
      expect(after).toBe(
        doc.replace(
          '"log_level": "INFO"',
          '"log_level": "INFO",\n  "strategies": {\n    "x": {\n      "y": 1\n    }\n  }',
        ),
      );
    });

    it('keeps a one-line document on one line', () => {
      const text = '{"position_sizing": {"method": "fixed_usd"}, "strategies": [{"name": "a"}]}';
      const after = applyEdits(
        text,
        setValue(text, ['strategies', 0, 'position_sizing'], { max_leverage: 2 }),
      );
      expect(after).toBe(
        '{"position_sizing": {"method": "fixed_usd"}, "strategies": [{"name": "a", "position_sizing": {"max_leverage": 2}}]}',
      );
    });

    it('writes tabs and CRLF when the document does', () => {
      const text = '{\r\n\t"a": 1\r\n}';
      expect(applyEdits(text, setValue(text, ['b'], [1, 2]))).toBe(
        '{\r\n\t"a": 1,\r\n\t"b": [\r\n\t\t1,\r\n\t\t2\r\n\t]\r\n}',
      );
    });

    it('fills an empty multi-line object on a line of its own', () => {
      const text = '{\n  "a": {\n  }\n}';
      expect(applyEdits(text, setValue(text, ['a', 'b'], true))).toBe(
        '{\n  "a": {\n    "b": true\n  }\n}',
      );
    });

    it('replaces a block with a value laid out where it stands', () => {
      const after = applyEdits(doc, setValue(doc, ['position_sizing'], { method: 'kelly' }));
      expect(after).toContain('"position_sizing": {\n    "method": "kelly"\n  },\n  "log_level"');
      expect(after).toContain('// Risk settings');
    });

    it('keeps "__proto__" a plain key', () => {
      const after = applyEdits('{}', setValue('{}', ['__proto__', 'x'], 1));
      expect(after).toBe('{"__proto__": {"x": 1}}');
    });

    it('gives no edit for undefined, an unreadable text, or a path through a value', () => {
      expect(setValue(doc, ['log_level'], undefined)).toEqual([]);
      expect(setValue('{"a": 1,,', ['b'], 2)).toEqual([]);
      expect(setValue('', ['b'], 2)).toEqual([]);
      expect(setValue('{"a": 1}', ['a', 'b'], {})).toEqual([]);
      expect(setValue('[1]', ['a'], {})).toEqual([]);
      expect(setValue('{"a": []}', ['a', 3], {})).toEqual([]);
      const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      expect(setValue(deep, ['b'], {})).toEqual([]);
    });
  });

  describe('removeKey()', () => {
    it('removes a property with its separating comma', () => {
      const after = applyEdits(doc, removeKey(doc, ['log_level']));
      expect(after).toBe(doc.replace(',\n  "log_level": "INFO"', ''));
    });

    it('removes the first property up to the next one', () => {
      const text = '{\n  "a": 1,\n  "b": 2\n}';
      expect(applyEdits(text, removeKey(text, ['a']))).toBe('{\n  "b": 2\n}');
    });

    it('removes a list entry', () => {
      const text = '{"l": [1, 2, 3]}';
      expect(applyEdits(text, removeKey(text, ['l', 1]))).toBe('{"l": [1, 3]}');
    });

    it('gives no edit for a missing key, the root, or an unreadable text', () => {
      expect(removeKey(doc, ['nothing'])).toEqual([]);
      expect(removeKey(doc, [])).toEqual([]);
      expect(removeKey('{"a": ', ['a'])).toEqual([]);
    });
  });

  describe('insertIntoList()', () => {
    const text = '{\n  "l": [\n    1,\n    2\n  ]\n}';

    it('appends at the end, on its own line', () => {
      expect(applyEdits(text, insertIntoList(text, ['l'], 9, 3))).toBe(
        '{\n  "l": [\n    1,\n    2,\n    3\n  ]\n}',
      );
    });

    it('inserts before an index', () => {
      expect(applyEdits(text, insertIntoList(text, ['l'], 0, 0))).toBe(
        '{\n  "l": [\n    0,\n    1,\n    2\n  ]\n}',
      );
    });

    it('gives no edit when the path is not a list', () => {
      expect(insertIntoList(text, ['x'], 0, 1)).toEqual([]);
    });
  });
});
