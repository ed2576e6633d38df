import { describe, expect, it } from 'vitest';
import { defaultLayout, layoutFromText } from '../../../renderer/state/panel-sizes.ts';

const DEFAULT_LAYOUT = defaultLayout(900);

describe('panel-sizes', () => {
  describe('layoutFromText()', () => {
    it('reads back a stored layout', () => {
      const stored = { ...DEFAULT_LAYOUT, navigatorWidth: 333, bottomCollapsed: true };
      expect(layoutFromText(JSON.stringify(stored), 900)).toEqual(stored);
    });
    it('starts with the defaults when nothing or something unreadable is stored', () => {
      expect(layoutFromText(null, 900)).toEqual(DEFAULT_LAYOUT);
      expect(layoutFromText('{oops', 900)).toEqual(DEFAULT_LAYOUT);
      expect(layoutFromText('[1,2]', 900)).toEqual(DEFAULT_LAYOUT);
    });
    it('brings sizes out of bounds back within them and ignores wrong types', () => {
      const read = layoutFromText(
        JSON.stringify({
          navigatorWidth: 5,
          formShare: 99,
          bottomHeight: 'tall',
          navigatorCollapsed: 1,
        }),
        900,
      );
      expect(read).toEqual({ ...DEFAULT_LAYOUT, navigatorWidth: 200, formShare: 75 });
    });
  });
  describe('defaultLayout()', () => {
    it('gives the bottom panel 40 % of the window, within 220 to 420 pixels', () => {
      expect(defaultLayout(900).bottomHeight).toBe(360);
      expect(defaultLayout(500).bottomHeight).toBe(220);
      expect(defaultLayout(1440).bottomHeight).toBe(420);
    });
  });
});
