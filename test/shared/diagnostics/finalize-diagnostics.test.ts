import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import type { DraftDiagnostic, JsonPath } from '../../../shared/diagnostics/diagnostic.ts';
import { checkConfig } from '../../../shared/diagnostics/check-config.ts';
import { finalizeDiagnostics } from '../../../shared/diagnostics/finalize-diagnostics.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { generateConfig } from '../../bench/generate-config.ts';
import { allPaths } from '../json-paths.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';
import { finalizeReference } from './finalize-reference.ts';

// Keys that make text order differ from a value's key order ("0" is enumerated first), that
// need decoding, or that name something on Object.prototype.
const KEYS = [
  'a',
  'b',
  'name',
  '0',
  '7',
  '12',
  '__proto__',
  'constructor',
  'q"uote',
  'back\\',
  'é',
];

/** A JSON value whose objects are member lists, written in that order (not JavaScript's). */
type Written = null | boolean | number | string | Written[] | { members: [string, Written][] };

const writtenArb = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
    fc.constant(null),
    fc.string({ maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('value')), {
        maxLength: 5,
        selector: ([key]) => key,
      })
      .map((members) => ({ members })),
  ),
})).value;

/** Strict JSON with members in their written order, indented by `indent` (0: none). */
function write(value: Written, indent: string, eol: string, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent === '' ? '' : eol + indent.repeat(depth + 1);
  const outer = indent === '' ? '' : eol + indent.repeat(depth);
  const items = Array.isArray(value)
    ? value.map((v) => write(v, indent, eol, depth + 1))
    : value.members.map(
        ([k, v]) =>
          `${JSON.stringify(k)}:${indent === '' ? '' : ' '}${write(v, indent, eol, depth + 1)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return items.length === 0
    ? open + close
    : `${open}${inner}${items.join(`,${inner}`)}${outer}${close}`;
}

/** Drafts at existing and absent paths, some repeated, enough of them to pass the batch limit. */
function draftsFor(value: unknown, picks: number[], many: boolean): DraftDiagnostic[] {
  const paths: JsonPath[] = [...allPaths(value), ['absent'], ['root', 3, 'x'], ['root', 'absent']];
  const drafts: DraftDiagnostic[] = [];
  const rounds = many ? 70 : 1;
  for (let round = 0; round < rounds; round++) {
    for (const pick of picks) {
      const path = paths[pick % paths.length]!;
      drafts.push({
        code: pick % 3 === 0 ? 'type' : 'engine-fixed-stop',
        message: `m${(pick + round) % 5}`,
        path,
        ...(pick % 2 === 0 ? { atKey: true } : {}),
      });
    }
  }
  return drafts;
}

const formatArb = fc.constantFrom(
  ['  ', '\n'],
  ['', '\n'],
  ['\t', '\n'],
  ['  ', '\r\n'],
  [' ', '\r'],
);

/** The diagnostics as plain data: what any consumer reads of them. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('diagnostics/finalize-diagnostics', () => {
  it('places and orders diagnostics exactly as locating each one and sorting by offset does', () => {
    fc.assert(
      fc.property(
        writtenArb,
        formatArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (value, [indent, eol], picks, many) => {
          const text = write({ members: [['root', value]] }, indent, eol);
          const parsed = parseText(text);
          const drafts = draftsFor(parsed.value, picks, many);
          expect(plain(finalizeDiagnostics(text, parsed, drafts))).toEqual(
            plain(finalizeReference(text, parsed, drafts)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the reference on JSONC too (comments, trailing commas)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        noiseArb(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (value, noise, picks, many) => {
          const text = withNoise(JSON.stringify({ root: value }, null, 2), noise);
          const parsed = parseText(text);
          const drafts = draftsFor(parsed.value, picks, many);
          expect(plain(finalizeDiagnostics(text, parsed, drafts))).toEqual(
            plain(finalizeReference(text, parsed, drafts)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives a large config's thousands of warnings the reference's places, in its order", () => {
    const config = generateConfig(3000);
    const text = JSON.stringify(config, null, 2);
    const parsed = parseText(text);
    const drafts = checkConfig(parsed.value, resolveStrategies(config), resolveEngine(config));
    expect(drafts.length).toBeGreaterThan(64);
    const found = finalizeDiagnostics(text, parsed, drafts);
    expect(plain(found)).toEqual(plain(finalizeReference(text, parsed, drafts)));
    expect(plain(analyzeText(text).diagnostics)).toEqual(plain(found));
  });

  it('hands consumers plain values: spread, structured clone and JSON all see the range', () => {
    const text = '{\n  "strategies": [1]\n}';
    const [d] = finalizeDiagnostics(text, parseText(text), [
      { code: 'type', message: 'x', path: ['strategies', 0] },
    ]);
    const expected = { offset: text.indexOf('1'), length: 1 };
    expect({ ...d }.range).toEqual(expected);
    expect(structuredClone(d)?.start).toEqual({ line: 2, column: 18 });
    expect(plain(d)).toMatchObject({ range: expected });
  });
});
