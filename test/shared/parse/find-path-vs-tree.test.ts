import fc from 'fast-check';
import type { Node, ParseError } from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../../../shared/diagnostics/diagnostic.ts';
import { locate, locateInText } from '../../../shared/parse/locate.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

// The scan to a path must read the text exactly as jsonc-parser's tree does, broken text included:
// every node the parser built before its first error sits where the scan finds it.

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false };

/** Characters that make a scanner's life hard: quotes, escapes, line breaks, comment markers. */
const TRICKY = ['a', 'é', '"', '\\', '\n', '\r', '\u2028', '\u0000', '/', '*', '{', '[', ':', ','];

/** Breaks the text the way an editor in mid-keystroke does; `keep` leaves it alone. */
const damageArb = fc.record({
  kind: fc.constantFrom('keep', 'keep', 'cut', 'line-break', 'quote', 'backslash', 'delete'),
  at: fc.nat(),
});

function damage(text: string, { kind, at }: { kind: string; at: number }): string {
  const i = at % (text.length + 1);
  const insert = { 'line-break': '\n', quote: '"', backslash: '\\' }[kind];
  if (insert !== undefined) return text.slice(0, i) + insert + text.slice(i);
  if (kind === 'cut') return text.slice(0, i);
  if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
  return text;
}

/** Every path findNodeAtLocation resolves in the tree, with the node it resolves to. */
function treePaths(
  node: Node,
  path: JsonPath = [],
  out: [JsonPath, Node][] = [],
): [JsonPath, Node][] {
  out.push([path, node]);
  if (node.type === 'array') {
    node.children?.forEach((child, i) => treePaths(child, [...path, i], out));
  } else if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key === undefined || value === undefined || property.children?.length !== 2) continue;
      const name = key.value as string;
      if (seen.has(name)) continue; // a lookup by name finds the first one
      seen.add(name);
      treePaths(value, [...path, name], out);
    }
  }
  return out;
}

/** A node that has no paths under it, for text that gives no tree. */
function root0(text: string): Node {
  return { type: 'null', offset: 0, length: text.length, value: null };
}

describe('parse/find-path against the jsonc-parser tree', () => {
  it('finds what locate() on the tree finds, for any JSONC, broken or not, in any order, after lookups in an earlier version (property)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4, stringUnit: fc.constantFrom(...TRICKY) }),
        noiseArb(),
        fc.constantFrom('\n', '\r\n', '\r'),
        damageArb,
        damageArb,
        fc.boolean(),
        fc.integer(),
        (value, noise, eol, hurt, edit, atKey, seed) => {
          const text = damage(withNoise(JSON.stringify(value, null, 2), noise, eol), hurt);
          // Lookups in the text one keystroke earlier first: what they learnt must not mislead.
          const earlier = damage(text, edit);
          for (const [path] of treePaths(parseTree(earlier, [], PARSE_OPTIONS) ?? root0(earlier))) {
            locateInText(earlier, path, atKey);
          }
          const errors: ParseError[] = [];
          const root = parseTree(text, errors, PARSE_OPTIONS);
          if (root === undefined) return;
          const firstError = Math.min(text.length, ...errors.map((e) => e.offset));
          const paths = treePaths(root)
            .filter(([, node]) => errors.length === 0 || node.offset + node.length < firstError)
            .map(([path]) => path);
          // Shuffled, so lookups resume from what earlier ones remembered in every order.
          const order = paths.map((path, i) => ({ path, key: Math.imul(i + 1, seed | 1) >>> 7 }));
          for (const { path } of order.sort((a, b) => a.key - b.key)) {
            expect(locateInText(text, path, atKey)).toEqual(locate(root, path, atKey));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
