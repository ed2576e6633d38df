import fc from 'fast-check';
import type { ParseError } from 'jsonc-parser';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { buildPositionTree } from '../../../shared/parse/position-tree.ts';
import { plain } from './plain-node.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false };
const TRICKY = ['a', 'é', '"', '\\', '\n', '\r', '\u2028', '\u0000', '/', '*', '{', '[', ':', ','];

function damage(text: string, kind: number, at: number): string {
  const i = at % (text.length + 1);
  if (kind === 0) return text;
  if (kind === 1) return text.slice(0, i);
  if (kind === 2) return text.slice(0, i) + text.slice(i + 1);
  return text.slice(0, i) + ['\n', '"', '\\', ',', '}', '/*', '1'][kind - 3]! + text.slice(i);
}

describe('parse/position-tree', () => {
  describe('buildPositionTree()', () => {
    const text = '{\n  "a": [1, {"b": "x\\ny"}, true, null, -1.5e3],\n  // c\n  "d": {},\n}';

    it("gives jsonc-parser's tree: types, ranges, colons, values and parents", () => {
      expect(plain(buildPositionTree(text)!)).toEqual(plain(parseTree(text, [], PARSE_OPTIONS)!));
      expect(buildPositionTree(text)!.parent).toBeUndefined();
    });

    it('gives the same tree for a document denser than its first guess of the node count', () => {
      const dense = `{"k": [${'{"a":1},'.repeat(500)}"x"]}`;
      expect(plain(buildPositionTree(dense)!)).toEqual(plain(parseTree(dense)!));
    });

    it('makes each node once, so the same lookup gives the same node', () => {
      const root = buildPositionTree(text)!;
      const b = findNodeAtLocation(root, ['a', 1, 'b'])!;
      expect(findNodeAtLocation(root, ['a', 1, 'b'])).toBe(b);
      expect(b.parent!.parent!.children).toContain(b.parent);
    });

    it('gives nothing for text the parser faults, so the parser reports it', () => {
      for (const bad of [
        '',
        '{"a": 1',
        '{"a" 1}',
        '[1 2]',
        '{"a": "x\n"}',
        '[01]',
        '/* open',
        '{,}',
      ]) {
        expect(buildPositionTree(bad)).toBeUndefined();
      }
    });

    it('reads 100,000 levels of nesting without overflowing the stack', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      expect(buildPositionTree(deep)?.length).toBe(200_000);
    });

    it("is jsonc-parser's tree for any JSONC, and none exactly when the parser faults it (property)", () => {
      fc.assert(
        fc.property(
          fc.jsonValue({ maxDepth: 4, stringUnit: fc.constantFrom(...TRICKY) }),
          noiseArb(),
          fc.constantFrom('\n', '\r\n', '\r'),
          fc.nat({ max: 12 }),
          fc.nat(),
          (value, noise, eol, kind, at) => {
            const doc = damage(withNoise(JSON.stringify(value, null, 2), noise, eol), kind, at);
            const errors: ParseError[] = [];
            const expected = parseTree(doc, errors, PARSE_OPTIONS);
            const built = buildPositionTree(doc);
            if (errors.length > 0) expect(built).toBeUndefined();
            else expect(plain(built!)).toEqual(plain(expected!));
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
