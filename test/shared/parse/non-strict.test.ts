import fc from 'fast-check';
import { createScanner } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { Kind } from '../../../shared/parse/jsonc-codes.ts';
import { nonStrictTokens } from '../../../shared/parse/non-strict.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

/** The same tokens as jsonc-parser's own scanner sees them: the reference the fast scan must match. */
function referenceTokens(text: string): { kind: string; offset: number; length: number }[] {
  const scanner = createScanner(text, false);
  const found: { kind: string; offset: number; length: number }[] = [];
  let pendingComma: number | undefined;
  for (let kind: number = scanner.scan(); kind !== Kind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const length = scanner.getTokenLength();
    if (kind === Kind.LineComment || kind === Kind.BlockComment) {
      found.push({ kind: 'comment', offset, length });
    } else if (kind !== Kind.Trivia && kind !== Kind.LineBreak) {
      if (pendingComma !== undefined && (kind === Kind.CloseBrace || kind === Kind.CloseBracket))
        found.push({ kind: 'comma', offset: pendingComma, length: 1 });
      pendingComma = kind === Kind.Comma ? offset : undefined;
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

describe('parse/non-strict', () => {
  describe('nonStrictTokens()', () => {
    const text = '{ // a\n  "x": [1, /* b */ ],\n  "y": 2,\n}';

    it('finds every comment and trailing comma, in text order', () => {
      const found = nonStrictTokens(text).map((t) => [
        t.kind,
        text.slice(t.range.offset, t.range.offset + t.range.length),
      ]);
      expect(found).toEqual([
        ['comment', '// a'],
        ['comma', ','],
        ['comment', '/* b */'],
        ['comma', ','],
      ]);
      expect(nonStrictTokens(text)[1]?.range.offset).toBe(text.indexOf('1,') + 1);
    });

    it('stops after the first when asked', () => {
      expect(nonStrictTokens(text, true)).toHaveLength(1);
    });

    it('finds exactly what the jsonc-parser scanner finds, in any JSONC', () => {
      fc.assert(
        fc.property(
          fc.jsonValue({ maxDepth: 4 }),
          noiseArb(),
          fc.constantFrom('\n', '\r\n'),
          (value, noise, eol) => {
            const text = withNoise(JSON.stringify(value, null, 2), noise, eol);
            const fast = nonStrictTokens(text).map((t) => ({ kind: t.kind, ...t.range }));
            expect(fast).toEqual(referenceTokens(text));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('skips escaped quotes and backslashes at the end of strings', () => {
      const text = String.raw`{"a\\": "\\\"// no", "b": [1,], /* c */ "d": "\\"}`;
      expect(JSON.parse(text.replace(',]', ']').replace('/* c */', ''))).toMatchObject({ b: [1] });
      expect(nonStrictTokens(text).map((t) => t.kind)).toEqual(['comma', 'comment']);
    });

    it('finds nothing in strict JSON, whatever its strings hold', () => {
      expect(nonStrictTokens('{"a": "// not a comment", "b": [1, 2], "c": ",]"}')).toEqual([]);
    });
  });
});
