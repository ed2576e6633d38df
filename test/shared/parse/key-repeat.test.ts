import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../shared/parse/parse-text.ts';

// Keys and strings full of colons and quotes: what the count of key separators must see past.
const KEYS = ['a', 'b', 'a:', ':', ' :', '"', '\\', 'x": 1, "y', '__proto__', '0'];
const STRINGS = ['', ':', 'x:y', 'https://example.com', '\\":', '": "', '{"a":1}'];
const SPACE = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');

/** Strict JSON text of a random value, keys sometimes repeated, spaced around its colons. */
const jsonText = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('1', '-0', '1e999', 'true', 'null'),
    fc.constantFrom(...STRINGS).map((s) => JSON.stringify(s)),
    tie('object'),
    tie('array'),
  ),
  object: fc
    .array(fc.tuple(fc.constantFrom(...KEYS), SPACE, SPACE, tie('value')), { maxLength: 4 })
    .map(
      (members) =>
        `{${members.map(([k, before, after, v]) => `${JSON.stringify(k)}${before}:${after}${v}`).join(',')}}`,
    ),
  array: fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
})).value;

/** True when some object of the text has a key twice (read by jsonc-parser, not JSON.parse). */
function repeatsKey(node: Node | undefined): boolean {
  if (node === undefined) return false;
  if (node.type === 'object') {
    const keys = (node.children ?? []).map((p) => p.children?.[0]?.value as string);
    if (new Set(keys).size !== keys.length) return true;
  }
  return (node.children ?? []).some(repeatsKey);
}

/** True when a key or string of the text holds a colon (the count may then take it for one). */
function colonInString(node: Node | undefined): boolean {
  if (node === undefined) return false;
  if (node.type === 'string' && (node.value as string).includes(':')) return true;
  return (node.children ?? []).some(colonInString);
}

describe('parse/parse-text key repeats', () => {
  it('reads strict JSON natively only when no key is repeated, and always then if no string has a colon (property)', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const tree = parseTree(text);
        const repeated = repeatsKey(tree);
        const parsed = parseText(text, { schema: true });
        if (parsed.native === true) expect(repeated).toBe(false);
        else if (!colonInString(tree)) expect(repeated).toBe(true);
        expect(parsed.drafts.some((d) => d.code === 'duplicate-key')).toBe(repeated);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a text with colons in its strings natively, and still finds a repeat in one', () => {
    expect(parseText('{"a": "x:y", "b:": {"c": "d"}}').native).toBe(true);
    const repeated = parseText('{"a": "x:y", "a": 1, "b:": 2}');
    expect(repeated.native).toBeUndefined();
    expect(repeated.drafts.map((d) => d.code)).toEqual(['duplicate-key']);
  });
});
