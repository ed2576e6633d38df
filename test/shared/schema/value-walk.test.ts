import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import type { DraftDiagnostic } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../../../shared/diagnostics/diagnostic.ts';
import { checkConfig } from '../../../shared/diagnostics/check-config.ts';
import { finalizeDiagnostics } from '../../../shared/diagnostics/finalize-diagnostics.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { validateAndMeasure, validateConfig } from '../../../shared/schema/validate.ts';
import { referenceMeasure, referenceValidate } from './reference/validate.ts';

// Keys the schema knows at some level, keys it does not, and keys JavaScript treats specially.
const KEYS = [
  'position_sizing',
  'strategies',
  'indicators',
  'exchanges',
  'name',
  'method',
  'stop_loss_pct',
  'risk_adjustment',
  'performance_window',
  'min_risk_pct',
  'enabled',
  'fixed_usd_amount',
  'max_position_size_usd',
  'market',
  'performance_window',
  'max_risk_pct',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '0',
  '7',
  'other',
  '',
];
// 1e999 is read as Infinity by JSON.parse: the numbers parsing must report.
const NUMBERS = [
  '0',
  '-0',
  '1',
  '-1',
  '0.5',
  '2.5',
  '3',
  '20',
  '100',
  '1e308',
  '1e999',
  '-1e999',
  '5e-324',
];

const leaf = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.constantFrom('true', 'false', 'null', '""', '"fixed_usd"', '"kelly"', '"x"'),
  fc.string({ maxLength: 4 }).map((s) => JSON.stringify(s)),
);

/** JSON text (as the parser meets it, repeated keys included) of a random value. */
const jsonText = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('array')),
  object: fc
    .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 5 })
    .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  array: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
})).value;

/** Sometimes nested around 256 levels deep, where parsing's walk must stop. */
const deepText = fc.oneof(
  jsonText,
  fc
    .tuple(fc.integer({ min: 250, max: 262 }), jsonText, fc.boolean())
    .map(([levels, inner, inList]) =>
      inList
        ? '['.repeat(levels) + inner + ']'.repeat(levels)
        : '{"strategies":'.repeat(levels) + inner + '}'.repeat(levels),
    ),
);

/** A config-shaped text: the random parts where the schema looks. */
const configText = fc
  .record({
    sizing: jsonText,
    strategies: fc.array(jsonText, { maxLength: 3 }),
    other: jsonText,
  })
  .map(
    ({ sizing, strategies, other }) =>
      `{"position_sizing":${sizing},"strategies":[${strategies.join(',')}],"x":${other}}`,
  );

const bothWalks = (value: unknown): unknown => ({
  issues: referenceValidate(value),
  ...referenceMeasure(value),
});

const oneWalk = (value: unknown, fromJsonParse = false): unknown => {
  const walk = validateAndMeasure(value, true, fromJsonParse);
  const { issues, keyCount, tooDeep, nonFinite } = walk;
  return { issues, keyCount, tooDeep, nonFinite };
};

/** Every list's items, counted plainly (for a value no deeper than the walk goes). */
function itemsIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const parts = Object.values(value);
  return parts.reduce(
    (n: number, part) => n + itemsIn(part),
    Array.isArray(value) ? parts.length : 0,
  );
}

/** analyzeText as it was before the schema's issues came from parsing's walk. */
function referenceDiagnostics(text: string): unknown {
  const parsed = parseText(text);
  expect(parsed.schemaIssues).toBeUndefined();
  const config = parsed.value;
  const drafts: DraftDiagnostic[] = [...parsed.drafts];
  if (config !== undefined) {
    const faulted = parsed.drafts.filter((d) => SEVERITY_OF[d.code] === 'error');
    const reported = new Set(faulted.map((d) => JSON.stringify(d.path)));
    const found = checkConfig(config, resolveStrategies(config), resolveEngine(config));
    drafts.push(...found.filter((d) => !reported.has(JSON.stringify(d.path))));
  }
  return plain(finalizeDiagnostics(text, parsed, drafts));
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('schema/value-walk', () => {
  describe('validateAndMeasure()', () => {
    it('finds what the schema walk and the parse walk found one each, for any value (property)', () => {
      fc.assert(
        fc.property(fc.oneof(deepText, configText), (text) => {
          const value: unknown = JSON.parse(text);
          expect(oneWalk(value)).toEqual(bothWalks(value));
          expect(oneWalk(value, true)).toEqual(bothWalks(value));
          expect(validateConfig(value)).toEqual(referenceValidate(value));
          const { issues, keyCount, tooDeep, nonFinite } = validateAndMeasure(value, false);
          expect({ issues, keyCount, tooDeep, nonFinite }).toEqual({
            issues: [],
            ...referenceMeasure(value),
          });
          if (!tooDeep) {
            expect(validateAndMeasure(value, true).itemCount).toBe(itemsIn(value));
            expect(validateAndMeasure(value, false).itemCount).toBe(itemsIn(value));
          }
        }),
        { numRuns: 400 },
      );
    });

    it('counts and checks a key inherited from a prototype as the two walks did', () => {
      const value: unknown = Object.assign(Object.create({ name: 1, other: 2 }) as object, {
        strategies: [Object.assign(Object.create({ name: 7, stop_loss_pct: 'x' }) as object)],
        position_sizing: { method: 'kelly' },
      });
      expect(oneWalk(value)).toEqual(bothWalks(value));
      expect(validateConfig(value)).toEqual(referenceValidate(value));
    });

    it('finds a required key that is own but not enumerable, as hasOwn does', () => {
      const strategy = { stop_loss_pct: 'x', other: 1 };
      Object.defineProperty(strategy, 'name', { value: 'a', enumerable: false });
      const value: unknown = { strategies: [strategy, { stop_loss_pct: -1 }] };
      expect(oneWalk(value)).toEqual(bothWalks(value));
      expect(validateConfig(value)).toEqual(referenceValidate(value));
    });

    it('checks a member beyond the positions a node remembers, in one object after another', () => {
      const filler = (n: number): Record<string, number> =>
        Object.fromEntries(Array.from({ length: n }, (_, i) => [`note_${i}`, i]));
      for (const before of [70, 100, 70]) {
        const value: unknown = {
          ...filler(before),
          strategies: 'not a list',
          position_sizing: { ...filler(before), method: 7 },
        };
        expect(oneWalk(value)).toEqual(bothWalks(value));
        expect(validateConfig(value)).toEqual(referenceValidate(value));
      }
    });

    it('checks each member by its own key when objects order the same keys differently', () => {
      const value: unknown = JSON.parse(
        '{"strategies":[{"name":"a","stop_loss_pct":"x","enabled":1},' +
          '{"stop_loss_pct":"x","name":"a","enabled":true},{"enabled":"no","name":5},' +
          '{"name":"b","market":7,"stop_loss_pct":1,"enabled":false}]}',
      );
      expect(oneWalk(value)).toEqual(bothWalks(value));
      expect(validateConfig(value)).toEqual(referenceValidate(value));
    });

    it('still tests each key is own when something made a key of every object enumerable', () => {
      const value: unknown = JSON.parse('{"strategies":[{"market":1}],"position_sizing":{}}');
      Object.defineProperty(Object.prototype, 'exchange', {
        value: 5,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      try {
        expect(oneWalk(value)).toEqual(bothWalks(value));
        expect(oneWalk(value, true)).toEqual(bothWalks(value));
        expect(validateConfig(value)).toEqual(referenceValidate(value));
      } finally {
        delete (Object.prototype as Record<string, unknown>).exchange;
      }
    });
  });

  describe('analyzeText()', () => {
    it('gives the diagnostics it gave when the schema walked the value again (property)', () => {
      fc.assert(
        fc.property(fc.oneof(configText, deepText), (text) => {
          expect(plain(analyzeText(text).diagnostics)).toEqual(referenceDiagnostics(text));
        }),
        { numRuns: 200 },
      );
    });
  });
});
