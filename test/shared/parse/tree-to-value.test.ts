import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { treeToValue } from '../../../shared/parse/tree-to-value.ts';

const convert = (text: string) => treeToValue(parseTree(text, [], { allowTrailingComma: true })!);

describe('parse/tree-to-value', () => {
  describe('treeToValue()', () => {
    it('converts every kind of value', () => {
      expect(convert('{"a": [1, "x", true, null, {}], "b": -0.5}').value).toEqual({
        a: [1, 'x', true, null, {}],
        b: -0.5,
      });
    });

    it('keeps the last of duplicate keys and reports each repeat with its key range', () => {
      const text = '{"k": 1, "k": 2, "k": 3}';
      const result = convert(text);
      expect(result.value).toEqual({ k: 3 });
      expect(result.duplicates.map((d) => d.range)).toEqual([
        { offset: 9, length: 3 },
        { offset: 17, length: 3 },
      ]);
    });

    it('finds numbers that overflow to Infinity, with their path', () => {
      expect(convert('{"a": {"b": [1, 1e999]}}').nonFinite).toEqual([
        { path: ['a', 'b', 1], value: Number.POSITIVE_INFINITY },
      ]);
    });

    it('keeps a "__proto__" key as data', () => {
      const value = convert('{"__proto__": {"x": 1}}').value as object;
      expect(Object.keys(value)).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    });
  });
});
