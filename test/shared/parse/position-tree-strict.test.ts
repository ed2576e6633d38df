import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { buildPositionTree } from '../../../shared/parse/position-tree.ts';
import { plain } from './plain-node.ts';

// Strings full of what a careless skipper would take for structure or for the string's end.
const tricky = fc.string({
  unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\u2028', '{', '}', '[', ']', ':', ',', ' '),
  maxLength: 6,
});
const valueArb = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
    fc.constant(null),
    tricky,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('parse/position-tree for strict JSON', () => {
  it("gives jsonc-parser's tree for any JSON text, however it is spaced (property)", () => {
    fc.assert(
      fc.property(
        valueArb,
        fc.constantFrom<number | string>(0, 2, '\t', ' \r\n '),
        (value, indent) => {
          const text = ` ${JSON.stringify(value, null, indent)}\r\n`;
          expect(plain(buildPositionTree(text, true)!)).toEqual(plain(parseTree(text)!));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same tree for a document denser than its first guess of the node count', () => {
    const dense = `{"k": [${'{"a":1},'.repeat(500)}"x"]}`;
    expect(plain(buildPositionTree(dense, true)!)).toEqual(plain(parseTree(dense)!));
  });
});
