import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../electron/main/window-title.ts';

describe('window-title', () => {
  describe('windowTitle()', () => {
    it('shows the name and the unsaved mark', () => {
      expect(windowTitle('config.json', false, 'linux')).toBe('config.json — Spark Config Editor');
      expect(windowTitle('config.json', true, 'win32')).toBe('• config.json — Spark Config Editor');
    });
    it('leaves the mark to setDocumentEdited on macOS', () => {
      expect(windowTitle('config.json', true, 'darwin')).toBe('config.json — Spark Config Editor');
    });
  });
});
