import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { followedSelection } from '../../../renderer/navigator/follow-selection.ts';

function strategies(...names: string[]) {
  return analyzeText(JSON.stringify({ strategies: names.map((name) => ({ name })) })).strategies;
}

describe('follow-selection', () => {
  describe('followedSelection()', () => {
    const third = { kind: 'strategy', index: 2 } as const;

    it('follows a moved strategy by name', () => {
      expect(followedSelection(third, 'c', strategies('c', 'a', 'b'))).toEqual({
        kind: 'strategy',
        index: 0,
      });
    });

    it('keeps the selection when the strategy did not move', () => {
      expect(followedSelection(third, 'c', strategies('x', 'y', 'c'))).toBe(third);
    });

    it('picks the nearest of strategies sharing the name', () => {
      expect(followedSelection(third, 'c', strategies('c', 'x', 'y', 'c'))).toEqual({
        kind: 'strategy',
        index: 3,
      });
    });

    it('falls back to Global sizing when the strategy was deleted', () => {
      expect(followedSelection(third, 'c', strategies('a', 'b', 'd'))).toEqual({ kind: 'global' });
    });

    it('keeps the position on request when the name vanished', () => {
      expect(followedSelection(third, 'c', strategies('a', 'b', 'd'), true)).toBe(third);
      expect(followedSelection(third, 'c', strategies('a', 'b'), true)).toEqual({ kind: 'global' });
    });

    it('leaves other selections alone', () => {
      const global = { kind: 'global' } as const;
      expect(followedSelection(global, undefined, strategies('a'))).toBe(global);
    });
  });
});
