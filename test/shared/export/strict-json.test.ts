import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toStrictJson } from '../../../shared/export/strict-json.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

describe('export/strict-json', () => {
  describe('toStrictJson()', () => {
    it('removes a comment alone on its line together with that line', () => {
      expect(toStrictJson('{\n  // note\n  "a": 1\n}')).toBe('{\n  "a": 1\n}');
      expect(toStrictJson('{\r\n  /* note */\r\n  "a": 1\r\n}')).toBe('{\r\n  "a": 1\r\n}');
    });

    it('removes a comment at the end of a line, with the space before it', () => {
      expect(toStrictJson('{\n  "a": 1, // one\n  "b": 2 /* two */\n}')).toBe(
        '{\n  "a": 1,\n  "b": 2\n}',
      );
    });

    it('keeps the indentation of a member that a block comment starts the line of', () => {
      expect(toStrictJson('{\n  /* why */ "a": 1,\n\t/* b */\t"b": 2\n}')).toBe(
        '{\n  "a": 1,\n\t"b": 2\n}',
      );
    });

    it('removes trailing commas and nothing else', () => {
      expect(toStrictJson('{"a": [1, 2,], "b": {"c": 1.0,},}')).toBe(
        '{"a": [1, 2], "b": {"c": 1.0}}',
      );
    });

    it('keeps number spellings, key order, strings that look like comments and line endings', () => {
      const text =
        '{\r\n  "z": 1.50, "a": 1e3,\r\n  "url": "http://x//y/*z*/",\r\n  "list": "[1,]"\r\n}';
      expect(toStrictJson(text)).toBe(text);
    });

    it('turns mixed-inheritance.jsonc into JSON that JSON.parse reads', () => {
      const strict = toStrictJson(fixtureText('mixed-inheritance.jsonc'));
      expect(() => JSON.parse(strict) as unknown).not.toThrow();
      expect(strict).not.toMatch(/\/\/|\/\*/);
      expect(strict).toContain('    "default_stop_loss_pct": 0.04\n  },');
    });

    it('gives JSON of the same value for any JSON with comments and trailing commas inserted (property)', () => {
      fc.assert(
        fc.property(
          fc.jsonValue({ maxDepth: 4 }),
          noiseArb(),
          fc.constantFrom('\n', '\r\n', '\r'),
          (value, noise, eol) => {
            const strict = JSON.stringify(value, null, 2);
            const jsonc = withNoise(strict, noise, eol);
            expect(JSON.parse(toStrictJson(jsonc))).toStrictEqual(JSON.parse(strict));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
