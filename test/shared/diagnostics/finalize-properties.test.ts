import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftDiagnostic, JsonPath } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../../../shared/diagnostics/diagnostic.ts';
import { finalizeDiagnostics } from '../../../shared/diagnostics/finalize-diagnostics.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { generateConfig } from '../../bench/generate-config.ts';
import { allPaths } from '../json-paths.ts';
import { finalizeReference } from './finalize-reference.ts';

// Keys of Object.prototype, index-like keys (JavaScript enumerates them first) and keys to decode.
const KEYS = ['a', 'name', 'stop_loss_pct', '__proto__', 'constructor', '0', '12', 'q"', 'é'];

/** JSON values with those keys and the numbers a parser could misread: -0 and 1e999. */
const valueArb = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<unknown>(0, -0, 1.5, 'x', true, null, 1e300),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** `value` inside `levels` lists and objects by turns, as a file nested 250-262 deep. */
function nested(value: unknown, levels: number): unknown {
  let v = value;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

/** The text of a config, a few numbers spelled as JSON.stringify cannot (1e999, -0). */
function written(config: unknown, indent: number): string {
  return JSON.stringify(config, null, indent)
    .replaceAll('1e+300', '1e999')
    .replace(/(?<=: )0(?=,|\n|$)/, '-0');
}

const CODES = Object.keys(SEVERITY_OF) as (keyof typeof SEVERITY_OF)[];

/** A draft: at a path of the value or a made-up one, repeated now and then, in any order. */
function draftsArb(paths: readonly JsonPath[]): fc.Arbitrary<DraftDiagnostic[]> {
  const made: JsonPath[] = [['absent'], ['strategies', 1.5], ['strategies', -0, 'name'], ['0']];
  const path = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...paths) },
    { weight: 1, arbitrary: fc.constantFrom(...made) },
  );
  const draft = fc.record(
    {
      code: fc.constantFrom(...CODES),
      message: fc.constantFrom('m', 'n', 'same', ''),
      path,
      atKey: fc.constant(true),
      setting: fc.constant(['strategies', 0, 'exchange']),
      fix: fc.constant({ title: 'Fix it', actions: [] }),
    },
    { requiredKeys: ['code', 'message', 'path'] },
  );
  return fc
    .array(draft, { minLength: 1, maxLength: 90 })
    .chain((ds) => fc.shuffledSubarray([...ds, ...ds.slice(0, 5)], { minLength: ds.length }));
}

/** Configs: the bench's, a few strategies long, or any value nested deep under "root". */
const configArb = fc.oneof(
  fc.nat(12).map((n) => generateConfig(n + 1) as unknown),
  fc.tuple(valueArb, fc.integer({ min: 250, max: 262 })).map(([v, n]) => ({ root: nested(v, n) })),
  valueArb.map((v) => ({ root: v, strategies: [v, { stop_loss_pct: v }] })),
);

const caseArb = fc.tuple(configArb, fc.constantFrom(0, 2)).chain(([config, indent]) => {
  const text = written(config, indent);
  const parsed = parseText(text);
  return draftsArb(allPaths(parsed.value)).map((drafts) => ({ text, parsed, drafts }));
});

describe('diagnostics/finalize-diagnostics against placing each draft eagerly', () => {
  it('gives the same JSON text, spread, structured clone and keys (property)', () => {
    fc.assert(
      fc.property(caseArb, ({ text, parsed, drafts }) => {
        const found = finalizeDiagnostics(text, parsed, drafts);
        const expected = finalizeReference(text, parsed, drafts);
        expect(JSON.stringify(found)).toBe(JSON.stringify(expected));
        expect(found.map((d) => ({ ...d }))).toEqual(expected);
        expect(structuredClone(found)).toEqual(expected);
        expect(found.map((d) => Object.keys(d))).toEqual(expected.map((d) => Object.keys(d)));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps range and start own, enumerable and configurable, as an object literal has them', () => {
    const text = JSON.stringify(generateConfig(3), null, 2);
    const parsed = parseText(text);
    const drafts = [1, 0, 2].map((i): DraftDiagnostic => ({
      code: 'type',
      message: 'x',
      path: ['strategies', i, 'name'],
    }));
    for (const d of finalizeDiagnostics(text, parsed, drafts)) {
      for (const key of ['range', 'start']) {
        const own = Object.getOwnPropertyDescriptor(d, key);
        expect(own).toMatchObject({ enumerable: true, configurable: true });
        Object.defineProperty(d, key, { value: 'mine' });
        expect((d as unknown as Record<string, unknown>)[key]).toBe('mine');
      }
    }
  });
});
