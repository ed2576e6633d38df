import { describe, expect, it } from 'vitest';
import type { DocumentState } from '../../../renderer/state/document-state.ts';
import {
  NO_DOCUMENT_NAME,
  documentStateOf,
  whenToReport,
} from '../../../renderer/state/document-state.ts';

const STAMP = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };
const META = { path: '/configs/config.json', name: 'config.json', bom: false, stamp: STAMP };

describe('document-state', () => {
  describe('documentStateOf()', () => {
    it('carries the text to back up while the document is unsaved', () => {
      expect(documentStateOf(META, '{"a": 1}', true)).toEqual({
        name: 'config.json',
        edited: true,
        backup: { path: '/configs/config.json', text: '{"a": 1}', bom: false, stamp: STAMP },
      });
    });

    it('sends no backup for a saved document, so the shell forgets it', () => {
      expect(documentStateOf(META, '{}', false)).toEqual({ name: 'config.json', edited: false });
    });

    it('names the window when no document is open', () => {
      expect(documentStateOf(null, '{}', true)).toEqual({ name: NO_DOCUMENT_NAME, edited: false });
    });
  });

  describe('whenToReport()', () => {
    const clean: DocumentState = { name: 'config.json', edited: false };
    const edited = (text: string): DocumentState => documentStateOf(META, text, true);

    it('reports the first state, a new name and a new unsaved mark at once', () => {
      expect(whenToReport(null, clean)).toBe('now');
      expect(whenToReport(clean, { ...clean, name: 'other.json' })).toBe('now');
      expect(whenToReport(clean, edited('x'))).toBe('now');
      expect(whenToReport(edited('x'), clean)).toBe('now');
    });

    it('waits for a pause in typing before sending a new backup text', () => {
      expect(whenToReport(edited('x'), edited('xy'))).toBe('soon');
      expect(whenToReport(edited('x'), documentStateOf({ ...META, stamp: null }, 'x', true))).toBe(
        'soon',
      );
    });

    it('sends nothing when nothing the shell sees changed', () => {
      expect(whenToReport(clean, { ...clean })).toBe('never');
      expect(whenToReport(edited('x'), edited('x'))).toBe('never');
    });
  });
});
