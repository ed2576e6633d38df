import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  windowStateOf,
  windowStateSchema,
} from '../../../electron/main/window-state.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window-state', () => {
  describe('fitToDisplays()', () => {
    it('keeps a window that is on a display', () => {
      const state = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
      expect(fitToDisplays(state, [laptop, monitor])).toEqual(state);
    });
    it('re-centres a window whose display was unplugged', () => {
      const state = { x: 1600, y: 100, width: 2000, height: 1200, maximized: true };
      expect(fitToDisplays(state, [laptop])).toEqual({ width: 1440, height: 900, maximized: true });
    });
    it('leaves placement to the OS when no position was stored', () => {
      expect(fitToDisplays(DEFAULT_WINDOW_STATE, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    });
  });
  describe('windowStateSchema', () => {
    it('accepts a stored state and refuses nonsense', () => {
      const state = windowStateOf({ x: 10, y: 20, width: 800, height: 600 }, true);
      expect(windowStateSchema.parse(state)).toEqual(state);
      expect(
        windowStateSchema.safeParse({ width: 1e9, height: 600, maximized: false }).success,
      ).toBe(false);
      expect(windowStateSchema.safeParse({ width: 800 }).success).toBe(false);
    });
  });
});
