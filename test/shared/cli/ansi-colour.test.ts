import { describe, expect, it } from 'vitest';
import { colourEnabled, painter } from '../../../shared/cli/ansi-colour.ts';

describe('ansi-colour', () => {
  describe('colourEnabled()', () => {
    it('colours a terminal', () => {
      expect(colourEnabled({ isTTY: true, env: {} })).toBe(true);
    });

    it('never colours a pipe or a file', () => {
      expect(colourEnabled({ isTTY: false, env: {} })).toBe(false);
    });

    it('never colours when NO_COLOR is set to anything but an empty string', () => {
      expect(colourEnabled({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
      expect(colourEnabled({ isTTY: true, env: { NO_COLOR: 'false' } })).toBe(false);
      expect(colourEnabled({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    });

    it('never colours a dumb terminal', () => {
      expect(colourEnabled({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
    });
  });

  describe('painter()', () => {
    it('wraps text in ANSI codes only when enabled', () => {
      expect(painter(true)('bold', 'Total')).toBe('\u001b[1mTotal\u001b[22m');
      expect(painter(false)('bold', 'Total')).toBe('Total');
      expect(painter(true)(undefined, 'plain')).toBe('plain');
      expect(painter(true)('red', '')).toBe('');
    });
  });
});
