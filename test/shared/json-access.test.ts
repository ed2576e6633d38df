import { describe, expect, it } from 'vitest';
import {
  asRecord,
  describeValue,
  finite,
  has,
  own,
  strategiesOf,
} from '../../shared/json-access.ts';

describe('json-access', () => {
  describe('asRecord()', () => {
    it('accepts objects only', () => {
      expect(asRecord({ a: 1 })).toEqual({ a: 1 });
      for (const v of [[], null, 'x', 1, undefined]) expect(asRecord(v)).toBeUndefined();
    });
  });

  describe('own() and has()', () => {
    it('read own properties only, never inherited ones', () => {
      expect(own({ a: 1 }, 'a')).toBe(1);
      expect(own({}, 'constructor')).toBeUndefined();
      expect(own({}, 'toString')).toBeUndefined();
      expect(has({}, 'hasOwnProperty')).toBe(false);
      expect(has({ a: undefined }, 'a')).toBe(true);
      expect(own(undefined, 'a')).toBeUndefined();
    });
  });

  describe('finite()', () => {
    it('accepts finite numbers only', () => {
      expect(finite(0.5)).toBe(0.5);
      for (const v of ['1', Number.NaN, Number.POSITIVE_INFINITY, null])
        expect(finite(v)).toBeUndefined();
    });
  });

  describe('strategiesOf()', () => {
    it('lists the strategies, non-objects as undefined', () => {
      expect(strategiesOf({ strategies: [{ name: 'a' }, 3] })).toEqual([{ name: 'a' }, undefined]);
      expect(strategiesOf({ strategies: { a: 1 } })).toEqual([]);
      expect(strategiesOf([1])).toEqual([]);
    });
  });

  describe('describeValue()', () => {
    it('describes values in a few words', () => {
      expect(describeValue(null)).toBe('null');
      expect(describeValue([1])).toBe('a list');
      expect(describeValue({})).toBe('an object');
      expect(describeValue('2')).toBe('the text "2"');
      expect(describeValue(0.02)).toBe('0.02');
      expect(describeValue(true)).toBe('true');
      expect(describeValue('x'.repeat(50))).toBe(`the text "${'x'.repeat(40)}…"`);
    });
  });
});
