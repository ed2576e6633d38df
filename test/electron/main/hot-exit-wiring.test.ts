import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_CONFIG_NAME } from '../../../shared/sample-config.ts';
import { createHotExitStore } from '../../../electron/files/hot-exit.ts';
import {
  backUpDocumentState,
  chooseFirstDocument,
  restoredDocument,
} from '../../../electron/main/hot-exit-wiring.ts';
import { sampleDocument } from '../../../shared/sample-config.ts';
import { useTempFolder } from '../files/temp-folder.ts';

const STAMP = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };

describe('hot-exit-wiring', () => {
  const folder = useTempFolder();
  const store = () => createHotExitStore(join(folder(), 'hot-exit'), { debounceMs: 5 });

  describe('backUpDocumentState()', () => {
    it('keeps the unsaved text, and forgets it once the document is clean', async () => {
      const s = store();
      const backup = { path: '/c/config.json', text: '{"unsaved": 1}', bom: false, stamp: STAMP };
      backUpDocumentState(s, 'run-1', { name: 'config.json', edited: true, backup });
      await s.flush();
      expect((await s.list()).entries).toMatchObject([
        { docId: 'run-1', text: '{"unsaved": 1}', savedStamp: STAMP },
      ]);
      backUpDocumentState(s, 'run-1', { name: 'config.json', edited: false });
      await s.flush();
      expect((await s.list()).entries).toEqual([]);
    });
  });

  describe('restoredDocument()', () => {
    it('opens the backup as edited, named after its file or the sample', () => {
      const entry = {
        version: 1 as const,
        docId: 'x',
        updatedAt: 1,
        path: null,
        text: '{}',
        bom: true,
        savedStamp: null,
      };
      expect(restoredDocument(entry)).toEqual({
        path: null,
        name: SAMPLE_CONFIG_NAME,
        text: '{}',
        bom: true,
        stamp: null,
        edited: true,
      });
      expect(restoredDocument({ ...entry, path: '/c/a.json', savedStamp: STAMP })).toMatchObject({
        name: 'a.json',
        stamp: STAMP,
      });
    });
  });

  describe('chooseFirstDocument()', () => {
    const deps = (s: ReturnType<typeof store>, overrides = {}) => ({
      store: s,
      runDocId: 'run-2',
      offerRestore: vi.fn(() => Promise.resolve(true)),
      adopt: vi.fn(),
      fileToOpen: () => null,
      openPath: vi.fn(() => Promise.resolve({ status: 'failed' as const, message: 'gone' })),
      showError: vi.fn(),
      ...overrides,
    });

    it('offers back unsaved changes left by a crash, and moves them to this run', async () => {
      const s = store();
      s.schedule('run-1', {
        path: '/c/a.json',
        text: '{"crashed": true}',
        bom: false,
        savedStamp: STAMP,
      });
      await s.flush();
      const d = deps(s);
      const document = await chooseFirstDocument(d);
      expect(document).toMatchObject({
        path: '/c/a.json',
        text: '{"crashed": true}',
        edited: true,
      });
      expect(d.offerRestore).toHaveBeenCalledWith('/c/a.json');
      expect(d.adopt).toHaveBeenCalledWith(document);
      expect((await s.list()).entries.map((e) => e.docId)).toEqual(['run-2']);
    });

    it('discards the backup when declined, then opens the launch file', async () => {
      const s = store();
      s.schedule('run-1', { path: null, text: '{}', bom: false, savedStamp: null });
      await s.flush();
      const opened = { path: '/c/b.json', name: 'b.json', text: '{}', bom: false, stamp: STAMP };
      const d = deps(s, {
        offerRestore: vi.fn(() => Promise.resolve(false)),
        fileToOpen: () => '/c/b.json',
        openPath: vi.fn(() => Promise.resolve({ status: 'opened' as const, document: opened })),
      });
      expect(await chooseFirstDocument(d)).toEqual(opened);
      expect((await s.list()).entries).toEqual([]);
    });

    it('ignores a corrupt backup and opens the sample, never failing', async () => {
      await mkdir(join(folder(), 'hot-exit'), { recursive: true });
      await writeFile(join(folder(), 'hot-exit', '0123.json'), '{not json');
      const d = deps(store());
      expect(await chooseFirstDocument(d)).toEqual(sampleDocument());
      expect(d.offerRestore).not.toHaveBeenCalled();
    });

    it('shows why the launch file could not be opened, and opens the sample', async () => {
      const d = deps(store(), { fileToOpen: () => '/c/missing.json' });
      expect(await chooseFirstDocument(d)).toEqual(sampleDocument());
      expect(d.showError).toHaveBeenCalledWith('gone');
    });
  });
});
