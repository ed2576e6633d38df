import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalEdit } from '../../../shared/edits/text-edit.ts';
import type { DocumentState } from '../../../renderer/state/document-state.ts';
import {
  BACKUP_DELAY_MS,
  reportDocumentState,
} from '../../../renderer/state/document-state-reports.ts';
import { documentStore } from '../../../renderer/state/stores.ts';
import { diskEvent } from '../../../renderer/state/disk-store.ts';

/** Typing in the JSON view: the store takes the edit that makes `text`. */
const typeText = (text: string) =>
  documentStore.type(minimalEdit(documentStore.getSnapshot().text, text));

const DOC = {
  path: '/c/config.json',
  name: 'config.json',
  text: '{"a": 1}',
  bom: false,
  stamp: null,
};

describe('document-state-reports', () => {
  describe('reportDocumentState()', () => {
    const sent: DocumentState[] = [];
    const settle = () => Promise.resolve();

    // The stores are this window's singletons: one reporter for the whole file.
    beforeAll(() => {
      reportDocumentState({
        documentState: (state) => {
          sent.push(state);
          return Promise.resolve(null);
        },
      });
    });
    beforeEach(async () => {
      vi.useFakeTimers();
      await settle();
      sent.length = 0;
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reports opening, the first edit at once, typing after a pause, and saving at once', async () => {
      diskEvent({ type: 'opened', restored: false });
      documentStore.open(DOC);
      await settle();
      expect(sent).toEqual([{ name: 'config.json', edited: false }]);

      typeText('{"a": 12}');
      await settle();
      expect(sent.at(-1)).toMatchObject({ edited: true, backup: { text: '{"a": 12}' } });
      typeText('{"a": 123}');
      typeText('{"a": 1234}');
      await settle();
      expect(sent).toHaveLength(2);
      vi.advanceTimersByTime(BACKUP_DELAY_MS);
      expect(sent).toHaveLength(3);
      expect(sent.at(-1)?.backup?.text).toBe('{"a": 1234}');

      documentStore.saved('{"a": 1234}', {});
      await settle();
      expect(sent.at(-1)).toEqual({ name: 'config.json', edited: false });
    });

    it('reports a restored backup once, as unsaved with its text', async () => {
      diskEvent({ type: 'opened', restored: true });
      documentStore.open({ ...DOC, name: 'restored.json', edited: true });
      await settle();
      expect(sent).toEqual([
        {
          name: 'restored.json',
          edited: true,
          backup: { path: '/c/config.json', text: '{"a": 1}', bom: false, stamp: null },
        },
      ]);
    });
  });
});
