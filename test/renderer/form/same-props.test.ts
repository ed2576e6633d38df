import { describe, expect, it } from 'vitest';
import { callbackCache, sameProps } from '../../../renderer/form/same-props.ts';

describe('same-props', () => {
  describe('sameProps()', () => {
    it('compares arrays element by element and the rest by identity', () => {
      const f = () => undefined;
      expect(sameProps({ a: 1, list: ['x', 'y'], f }, { a: 1, list: ['x', 'y'], f })).toBe(true);
      expect(sameProps({ list: ['x'] }, { list: ['x', 'y'] })).toBe(false);
      expect(sameProps({ f }, { f: () => undefined })).toBe(false);
      expect(sameProps({ o: {} }, { o: {} })).toBe(false);
      expect(sameProps({ n: Number.NaN }, { n: Number.NaN })).toBe(true);
    });

    it('is false when a prop is added or removed', () => {
      expect(sameProps<{ a?: number }>({ a: 1 }, {})).toBe(false);
      expect(sameProps<{ a?: number | undefined }>({}, { a: undefined })).toBe(false);
    });
  });

  describe('callbackCache()', () => {
    it('returns the same function for the same key', () => {
      const made: string[] = [];
      const get = callbackCache((key) => {
        made.push(key);
        return () => key;
      });
      expect(get('a')).toBe(get('a'));
      expect(get('b')()).toBe('b');
      expect(made).toEqual(['a', 'b']);
    });
  });
});
