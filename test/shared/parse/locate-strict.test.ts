import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate } from '../../../shared/parse/locate.ts';
import { locateInStrictJson } from '../../../shared/parse/locate-strict.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { allPaths } from '../json-paths.ts';

describe('parse/locate-strict', () => {
  it('agrees with locate() on every path of any strict JSON, asked all at once or a few', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(0, 2, '\t'),
        fc.boolean(),
        fc.nat(),
        (value, indent, atKey, cut) => {
          const text = JSON.stringify({ root: value, 'k\\"ey': [1] }, null, indent);
          const tree = parseText(text).tree();
          const paths = [...allPaths(JSON.parse(text)), ['root', 'absent', 3], [5]];
          // A prefix of the paths too: the pass stops once it has found every asked one.
          const asked = paths.slice(0, (cut % paths.length) + 1);
          const found = locateInStrictJson(
            text,
            asked.map((path) => ({ path, atKey })),
          );
          expect(found).toEqual(asked.map((path) => locate(tree, path, atKey)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
