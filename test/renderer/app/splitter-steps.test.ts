import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SplitterRange } from '../../../renderer/app/splitter-steps.ts';
import { stateAfterDrag, stateAfterKey } from '../../../renderer/app/splitter-steps.ts';

const range: SplitterRange = { min: 200, max: 500, step: 16, collapsible: true };
const fixed: SplitterRange = { ...range, collapsible: false };
const arrows = { grow: 'ArrowRight', shrink: 'ArrowLeft' };
const open = (value: number) => ({ value, collapsed: false });

describe('splitter-steps', () => {
  describe('stateAfterKey()', () => {
    it('grows and shrinks by a step, four with Shift', () => {
      expect(stateAfterKey('ArrowRight', false, open(300), range, arrows)).toEqual(open(316));
      expect(stateAfterKey('ArrowLeft', true, open(300), range, arrows)).toEqual(open(236));
    });
    it('stops at the bounds, and Home and End go there', () => {
      expect(stateAfterKey('ArrowRight', false, open(495), range, arrows)).toEqual(open(500));
      expect(stateAfterKey('ArrowLeft', false, open(205), range, arrows)).toEqual(open(200));
      expect(stateAfterKey('Home', false, open(300), range, arrows)).toEqual(open(200));
      expect(stateAfterKey('End', false, open(300), range, arrows)).toEqual(open(500));
    });
    it('collapses a collapsible panel shrunk at its minimum, and restores its size', () => {
      const collapsed = stateAfterKey('ArrowLeft', false, open(200), range, arrows);
      expect(collapsed).toEqual({ value: 200, collapsed: true });
      expect(stateAfterKey('ArrowRight', false, collapsed!, range, arrows)).toEqual(open(200));
      expect(stateAfterKey('ArrowLeft', false, open(200), fixed, arrows)).toEqual(open(200));
    });
    it('toggles collapse with Enter only where the panel collapses', () => {
      expect(stateAfterKey('Enter', false, open(300), range, arrows)).toEqual({
        value: 300,
        collapsed: true,
      });
      expect(stateAfterKey('Enter', false, open(300), fixed, arrows)).toBeUndefined();
    });
    it('leaves other keys to the page', () => {
      expect(stateAfterKey('ArrowUp', false, open(300), range, arrows)).toBeUndefined();
      expect(stateAfterKey('a', false, open(300), range, arrows)).toBeUndefined();
    });
  });
  describe('stateAfterDrag()', () => {
    it('follows the pointer within the bounds', () => {
      expect(stateAfterDrag(open(300), 40, range)).toEqual(open(340));
      expect(stateAfterDrag(open(300), 400, range)).toEqual(open(500));
      expect(stateAfterDrag(open(300), -120, range)).toEqual(open(200));
    });
    it('collapses below half the minimum and reopens when dragged out again', () => {
      expect(stateAfterDrag(open(300), -250, range)).toEqual({ value: 300, collapsed: true });
      expect(stateAfterDrag({ value: 300, collapsed: true }, 240, range)).toEqual(open(240));
      expect(stateAfterDrag(open(300), -250, fixed)).toEqual(open(200));
    });
    it('never leaves the bounds while open', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 200, max: 500 }),
          fc.integer({ min: -2000, max: 2000 }),
          (v, d) => {
            const s = stateAfterDrag(open(v), d, range);
            return s.collapsed || (s.value >= range.min && s.value <= range.max);
          },
        ),
      );
    });
  });
});
