import { describe, expect, it } from 'vitest';
import { tidy } from '../../shared/numbers.ts';

describe('numbers', () => {
  describe('tidy()', () => {
    it('drops floating-point noise for messages', () => {
      expect(tidy(0.07 * 100)).toBe(7);
      expect(tidy(0.1 + 0.2)).toBe(0.3);
      expect(tidy(2 / 100)).toBe(0.02);
    });
  });
});
