import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, locateInText } from '../../../shared/parse/locate.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { allPaths } from '../json-paths.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

const text =
  '{\n  "position_sizing": { "method": "kelly" },\n  "strategies": [ { "name": "a" } ]\n}';
const slice = (r: { offset: number; length: number }) => text.slice(r.offset, r.offset + r.length);

describe('parse/locate', () => {
  const tree = parseText(text).tree();

  describe('locate()', () => {
    it("points at a scalar's own text", () => {
      expect(slice(locate(tree, ['position_sizing', 'method']))).toBe('"kelly"');
    });

    it('points at the property name of a block, never the whole block', () => {
      expect(slice(locate(tree, ['position_sizing']))).toBe('"position_sizing"');
    });

    it('points at the opening brace of a list entry', () => {
      expect(locate(tree, ['strategies', 0])).toEqual({
        offset: text.indexOf('{ "name"'),
        length: 1,
      });
    });

    it('points at the key when asked to', () => {
      expect(slice(locate(tree, ['position_sizing', 'method'], true))).toBe('"method"');
    });

    it('falls back to the nearest existing ancestor', () => {
      expect(slice(locate(tree, ['position_sizing', 'max_leverage']))).toBe('"position_sizing"');
      expect(locate(tree, ['nothing', 1])).toEqual({ offset: 0, length: 1 });
      expect(locate(undefined, ['x'])).toEqual({ offset: 0, length: 0 });
    });
  });

  describe('locateInText()', () => {
    it('agrees with locate() at every path of any JSONC document, key or value (property)', () => {
      fc.assert(
        fc.property(
          fc.jsonValue({ maxDepth: 4 }),
          noiseArb(),
          fc.boolean(),
          (value, noise, atKey) => {
            const doc = withNoise(JSON.stringify({ root: value }, null, 2), noise);
            const parsed = parseText(doc);
            for (const path of [...allPaths(parsed.value), ['root', 'absent', 3]]) {
              expect(locateInText(doc, path, atKey)).toEqual(locate(parsed.tree(), path, atKey));
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
