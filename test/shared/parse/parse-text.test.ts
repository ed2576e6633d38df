import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { countKeySeparators, parseText } from '../../../shared/parse/parse-text.ts';
import { MAX_DEPTH } from '../../../shared/parse/structure-scan.ts';
import { ENGINE_READY_MEMBERS } from '../../fixtures/engine-ready.ts';
import { lineColumnOf, withCode } from '../analyze-config.ts';

describe('parse/parse-text', () => {
  describe('parseText()', () => {
    it('reads strict JSON as strict, with nothing to report', () => {
      const parsed = parseText('{"a": [1, {"b": null}], "c": "x:y"}');
      expect(parsed.value).toEqual({ a: [1, { b: null }], c: 'x:y' });
      expect(parsed.strict).toBe(true);
      expect(parsed.drafts).toEqual([]);
    });

    it('reads JSONC, comments and trailing commas included, to the same value', () => {
      const parsed = parseText('{\n  // note\n  "a": [1, 2,], /* x */\n  "b": {"c": true,},\n}');
      expect(parsed.value).toEqual({ a: [1, 2], b: { c: true } });
      expect(parsed.strict).toBe(false);
    });

    it('gives a tree with offsets on demand, on both paths', () => {
      expect(parseText('{"a": 1}').tree()?.children?.[0]?.offset).toBe(1);
      expect(parseText('{/**/"a": 1}').tree()?.children?.[0]?.offset).toBe(5);
    });

    it('reads the same value as JSON.parse for any JSON, with or without a comment (property)', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const text = JSON.stringify(value);
          const expected: unknown = JSON.parse(text);
          expect(parseText(text).value).toStrictEqual(expected);
          expect(parseText(`/* c */ ${text}`).value).toStrictEqual(expected);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('syntax errors', () => {
    it('reports a missing colon at its line and column', () => {
      const text = '{\n  "a": 1,\n  "b" 2\n}';
      const analysis = analyzeText(text);
      expect(analysis.config).toBeUndefined();
      const [first] = withCode(analysis, 'syntax');
      expect(first).toMatchObject({ severity: 'error', path: [], start: { line: 3, column: 7 } });
      expect(first?.message).toMatchInlineSnapshot(`"Expected ':' after the property name"`);
    });

    it('reports an unclosed object at the end of the text', () => {
      const text = '{\r\n  "a": 1\r\n';
      const [first] = withCode(analyzeText(text), 'syntax');
      expect(first?.message).toBe("Expected '}' to close the object");
      expect(first?.start).toEqual({ line: 3, column: 1 });
    });

    it('reports an empty file and a file of whitespace as empty', () => {
      for (const text of ['', ' \r\n\t ']) {
        const analysis = analyzeText(text);
        expect(analysis.diagnostics).toEqual([
          {
            code: 'syntax',
            severity: 'error',
            message: 'The file is empty: a config must be a JSON object, such as {}.',
            path: [],
            range: { offset: 0, length: 0 },
            start: { line: 1, column: 1 },
          },
        ]);
      }
    });

    it('refuses deep nesting after a comment ended by a carriage return, without overflowing', () => {
      const deep = `// note\r${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const parsed = parseText(deep);
      expect(parsed.value).toBeUndefined();
      expect(parsed.drafts[0]?.message).toMatch(/^Nesting deeper than 256 levels/);
      expect(parsed.drafts[0]?.range).toEqual({ offset: 8 + MAX_DEPTH, length: 1 });
    });

    it(`refuses nesting deeper than ${MAX_DEPTH} levels, at the first bracket too deep`, () => {
      const ok = `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`;
      expect(parseText(ok).value).toBeDefined();
      const deep = `{"a":\n${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`;
      const [d] = withCode(analyzeText(deep), 'syntax');
      expect(d?.message).toMatchInlineSnapshot(
        `"Nesting deeper than 256 levels: no Spark Stacker config nests like this, and the file cannot be read safely."`,
      );
      expect(d?.start).toEqual({ line: 2, column: MAX_DEPTH });
    });
  });

  describe('not-strict-json', () => {
    it('warns once, at the first comment', () => {
      const text = '{\n  "a": 1, // first\n  "b": 2 // second\n}';
      const found = withCode(analyzeText(text), 'not-strict-json');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        severity: 'warning',
        path: [],
        start: { line: 2, column: 11 },
      });
      expect(found[0]?.message).toMatchInlineSnapshot(
        `"The file has 2 comments, so the engine exits on this file as saved (its json.load rejects them). Export writes strict JSON without them."`,
      );
    });

    it('warns at a trailing comma', () => {
      const text = '{\n  "a": [1, 2,]\n}';
      const [d] = withCode(analyzeText(text), 'not-strict-json');
      expect(d?.message).toContain('1 trailing comma,');
      expect(d?.start).toEqual({ line: 2, column: 13 });
    });

    it('is not fooled by comment markers and commas inside strings (near miss)', () => {
      const analysis = analyzeText('{"url": "http://x/*y*/", "list": "[1,]"}');
      expect(withCode(analysis, 'not-strict-json')).toEqual([]);
      expect(analysis.parsed.strict).toBe(true);
    });
  });

  describe('duplicate-key', () => {
    it('reports the repeated key, at the repeat; the last value wins as in json.load', () => {
      const text =
        '{\n  "position_sizing": {\n    "max_leverage": 1,\n    "max_leverage": 3\n  }\n}';
      const analysis = analyzeText(text);
      const [d, ...rest] = withCode(analysis, 'duplicate-key');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'error',
        path: ['position_sizing', 'max_leverage'],
        start: { line: 4, column: 5 },
      });
      expect(d?.message).toMatchInlineSnapshot(
        `""max_leverage" appears twice in this object: the engine silently keeps only the last one. Remove one of them."`,
      );
      expect(analysis.config).toEqual({ position_sizing: { max_leverage: 3 } });
    });

    it('finds duplicates in a JSONC file too', () => {
      const analysis = analyzeText('{"a": 1, /* c */ "a": 2}');
      expect(withCode(analysis, 'duplicate-key').map((d) => d.start)).toEqual([
        lineColumnOf(analysis.text, '"a"', 1),
      ]);
    });

    it('accepts one key in two different objects, and colons inside strings (near misses)', () => {
      const analysis = analyzeText('{"a": {"k": "x:y"}, "b": {"k": "\\":"}, "c": ["k:"]}');
      expect(withCode(analysis, 'duplicate-key')).toEqual([]);
    });
  });

  describe('numbers too large', () => {
    it('reports 1e400 as a range error at the value, on both paths', () => {
      for (const text of ['{\n  "x": 1e400\n}', '{\n  "x": 1e400 // c\n}']) {
        const [d] = withCode(analyzeText(text), 'range');
        expect(d).toMatchObject({ severity: 'error', path: ['x'], start: { line: 2, column: 8 } });
        expect(d?.message).toMatchInlineSnapshot(
          `"This number is too large to represent: it would become Infinity."`,
        );
      }
    });

    it('reports -1e400 as too small, inside a list', () => {
      const [d] = withCode(analyzeText('{"x": [0, -1e400]}'), 'range');
      expect(d?.path).toEqual(['x', 1]);
      expect(d?.message).toContain('-Infinity');
    });

    it('accepts 1e308 (near miss)', () => {
      expect(analyzeText(`{${ENGINE_READY_MEMBERS}, "x": 1e308}`).diagnostics).toEqual([]);
    });
  });

  describe('__proto__ keys', () => {
    it('keeps "__proto__" as a plain key and never touches any prototype', () => {
      for (const text of [
        '{"__proto__": {"polluted": true}, "a": 1}',
        '{"__proto__": {"polluted": true}, "a": 1, /* slow path */ "a": 2}',
      ]) {
        const value = parseText(text).value as Record<string, unknown>;
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        expect(Object.keys(value)).toEqual(['__proto__', 'a']);
        expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({
          polluted: true,
        });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    });
  });

  describe('countKeySeparators()', () => {
    it('counts colons that follow a closing quote', () => {
      expect(countKeySeparators('{"a" : 1, "b":\n{"c": "d"}}')).toBe(3);
    });

    it('never undercounts members, so a duplicate is never missed', () => {
      expect(countKeySeparators('{"a": "x:y", "b": "q\\":"}')).toBeGreaterThanOrEqual(2);
    });
  });
});
