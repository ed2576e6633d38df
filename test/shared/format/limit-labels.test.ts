import { describe, expect, it } from 'vitest';
import { limitsText } from '../../../shared/format/limit-labels.ts';

describe('format/limit-labels', () => {
  describe('limitsText()', () => {
    it('names the limits a size hit in the same words in the CLI and the app', () => {
      expect(limitsText(['max_position_size_usd', 'max_leverage'])).toBe('max size, leverage');
      expect(limitsText(['min_position_size_usd'])).toBe('min size');
      expect(limitsText([])).toBe('');
    });
  });
});
