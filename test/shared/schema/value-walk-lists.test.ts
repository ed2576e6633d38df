import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { validateAndMeasure, validateConfig } from '../../../shared/schema/validate.ts';
import { referenceMeasure, referenceValidate } from './reference/validate.ts';

// The walk's loops for a list of objects (the strategies) and a list of leaves (indicators),
// and its memo of the key at each position, meet many objects of a few key orders in a row:
// these texts are made of such lists, the keys the schema knows mixed with keys JavaScript
// treats specially, in orders that agree for a while and then differ.
const KEYS = [
  'name',
  'market',
  'enabled',
  'stop_loss_pct',
  'indicators',
  'position_sizing',
  'risk_adjustment',
  'method',
  'max_position_size_usd',
  'kelly_win_rate',
  'performance_window',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '0',
  '12',
  '',
];

const leaf = fc.constantFrom(
  '0',
  '-0',
  '1',
  '2.5',
  '150',
  '1e999',
  '-1e999',
  'true',
  'null',
  '""',
  '"kelly"',
  '"percent_equity"',
  '"kelly_criterion"',
  '"percent_equitx"',
  '"rsi_1h"',
);

/** JSON text of a random value: a leaf or a small block, sometimes nested past 256 levels. */
const valueText = fc.letrec<{ value: string; block: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, leaf, tie('block')),
  block: fc.oneof(
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 4 })
      .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    fc
      .tuple(fc.integer({ min: 250, max: 262 }), leaf)
      .map(([levels, inner]) => '{"a":'.repeat(levels) + inner + '}'.repeat(levels)),
  ),
})).value;

/** An object of the given keys (a key order shared by several objects), each given a value. */
const objectOf = (keys: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(valueText, { minLength: keys.length, maxLength: keys.length })
    .map((values) => `{${keys.map((k, i) => `${JSON.stringify(k)}:${values[i]}`).join(',')}}`);

const keyOrder = fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 });

/** A list of objects drawn from a few key orders, in runs, with the odd other value. */
const objectList = fc
  .array(keyOrder, { minLength: 1, maxLength: 3 })
  .chain((orders) =>
    fc.array(fc.oneof(fc.constantFrom(...orders).chain(objectOf), leaf, valueText), {
      maxLength: 12,
    }),
  )
  .map((items) => `[${items.join(',')}]`);

const configText = fc
  .record({
    strategies: fc.oneof(objectList, objectList, valueText),
    indicators: fc.oneof(
      objectList,
      fc.array(leaf, { maxLength: 4 }).map((l) => `[${l.join(',')}]`),
    ),
    sizing: fc.oneof(keyOrder.chain(objectOf), valueText),
  })
  .map(
    ({ strategies, indicators, sizing }) =>
      `{"strategies":${strategies},"indicators":${indicators},"position_sizing":${sizing}}`,
  );

describe('schema/value-walk lists', () => {
  it('finds in lists of objects and of leaves what the two plain walks found (property)', () => {
    fc.assert(
      fc.property(configText, (text) => {
        const value: unknown = JSON.parse(text);
        const expected = { issues: referenceValidate(value), ...referenceMeasure(value) };
        for (const fromJsonParse of [false, true]) {
          const { issues, keyCount, tooDeep, nonFinite } = validateAndMeasure(
            value,
            true,
            fromJsonParse,
          );
          expect({ issues, keyCount, tooDeep, nonFinite }).toEqual(expected);
        }
        expect(validateConfig(value)).toEqual(expected.issues);
        const parsed = parseText(text, { schema: true });
        if (parsed.native === true && !expected.tooDeep) {
          expect(parsed.schemaIssues).toEqual(expected.issues);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checks each strategy by its own keys when a run of one key order ends', () => {
    const same = '{"name":"a","enabled":true,"stop_loss_pct":2}';
    const text = `{"strategies":[${same},${same},{"enabled":"x","name":"","stop_loss_pct":2},${same},{"":1,"name":7},{"name":"b","enabled":1}]}`;
    const value: unknown = JSON.parse(text);
    expect(validateConfig(value)).toEqual(referenceValidate(value));
    expect(validateConfig(value).map((i) => i.path)).toEqual([
      ['strategies', 2, 'enabled'],
      ['strategies', 2, 'name'],
      ['strategies', 4, 'name'],
      ['strategies', 5, 'enabled'],
    ]);
  });
});
