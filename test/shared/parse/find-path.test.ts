import fc from 'fast-check';
import { findNodeAtLocation, parse, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { findPath, skipTrivia, skipValue } from '../../../shared/parse/find-path.ts';
import { allPaths, valueAtPath } from '../json-paths.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

const readJsonc = (text: string): unknown => parse(text, [], { allowTrailingComma: true });

describe('parse/find-path', () => {
  describe('findPath()', () => {
    const text = '{\n  "a": { "b": [10, {"c": "x"}] },\n  // note\n  "d": true\n}';

    it('finds a scalar with its key', () => {
      const found = findPath(text, ['a', 'b', 1, 'c']);
      expect(found?.kind).toBe('scalar');
      expect(text.slice(found!.value.offset, found!.value.offset + found!.value.length)).toBe(
        '"x"',
      );
      expect(text.slice(found!.key!.offset, found!.key!.offset + found!.key!.length)).toBe('"c"');
    });

    it('finds blocks and list entries, and a key after a comment', () => {
      expect(findPath(text, ['a'])?.kind).toBe('object');
      expect(findPath(text, ['a', 'b'])?.kind).toBe('array');
      expect(findPath(text, ['a', 'b', 0])?.key).toBeUndefined();
      expect(findPath(text, ['d'])?.value).toEqual({ offset: text.indexOf('true'), length: 4 });
      expect(findPath(text, [])?.kind).toBe('object');
    });

    it('finds nothing for paths that are not there', () => {
      expect(findPath(text, ['x'])).toBeUndefined();
      expect(findPath(text, ['a', 'b', 2])).toBeUndefined();
      expect(findPath(text, ['a', 0])).toBeUndefined();
      expect(findPath(text, ['d', 'e'])).toBeUndefined();
      expect(findPath('', [])).toBeUndefined();
    });

    it('matches keys written with escapes', () => {
      expect(findPath('{"\\u0061": 1}', ['a'])?.kind).toBe('scalar');
    });

    it('reads an unterminated string as jsonc-parser does: it ends at the line break', () => {
      const text = '{"a": "x\n, "b": [1]}';
      const b = findNodeAtLocation(parseTree(text)!, ['b'])!;
      expect(findPath(text, ['b'])).toEqual({
        value: { offset: b.offset, length: b.length },
        key: { offset: text.indexOf('"b"'), length: 3 },
        kind: 'array',
      });
    });

    it('finds exactly the value JSONC reading gives at every path of any document (property)', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), noiseArb(), (value, noise) => {
          const text = withNoise(JSON.stringify(value, null, 2), noise);
          const expected = readJsonc(text);
          for (const path of allPaths(expected)) {
            const found = findPath(text, path);
            expect(found).toBeDefined();
            const slice = text.slice(
              found!.value.offset,
              found!.value.offset + found!.value.length,
            );
            expect(readJsonc(slice)).toStrictEqual(valueAtPath(expected, path));
            const last = path.at(-1);
            if (typeof last === 'string') {
              const key = text.slice(found!.key!.offset, found!.key!.offset + found!.key!.length);
              expect(JSON.parse(key)).toBe(last);
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('skipTrivia()', () => {
    it('skips whitespace and both kinds of comment', () => {
      const text = ' /* a */\n// b\n\t1';
      expect(skipTrivia(text, 0)).toBe(text.indexOf('1'));
    });

    it('ends a line comment at a carriage return too, as jsonc-parser does', () => {
      expect(skipTrivia('// b\r1', 0)).toBe(5);
    });
  });

  describe('skipValue()', () => {
    it('skips a block with brackets inside strings and comments', () => {
      const text = '{"a": "}", /* } */ "b": [1]} ,';
      expect(skipValue(text, 0)).toBe(text.indexOf(' ,'));
    });
  });
});
