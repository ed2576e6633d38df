import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutFromText } from '../../../renderer/state/panel-layout.ts';

describe('panel-layout', () => {
  describe('layoutFromText()', () => {
    it('reads back a stored layout', () => {
      const stored = { ...DEFAULT_LAYOUT, navigatorWidth: 333, bottomCollapsed: true };
      expect(layoutFromText(JSON.stringify(stored))).toEqual(stored);
    });
    it('starts with the defaults when nothing or something unreadable is stored', () => {
      expect(layoutFromText(null)).toEqual(DEFAULT_LAYOUT);
      expect(layoutFromText('{oops')).toEqual(DEFAULT_LAYOUT);
      expect(layoutFromText('[1,2]')).toEqual(DEFAULT_LAYOUT);
    });
    it('brings sizes out of bounds back within them and ignores wrong types', () => {
      const read = layoutFromText(
        JSON.stringify({
          navigatorWidth: 5,
          formShare: 99,
          bottomHeight: 'tall',
          navigatorCollapsed: 1,
        }),
      );
      expect(read).toEqual({ ...DEFAULT_LAYOUT, navigatorWidth: 200, formShare: 75 });
    });
  });
});
