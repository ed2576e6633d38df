import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_CONFIG_NAME, SAMPLE_CONFIG_TEXT } from '../../../shared/sample-config.ts';
import type { SessionDialogs, SessionListeners } from '../../../electron/main/document-session.ts';
import { createDocumentSession } from '../../../electron/main/document-session.ts';
import { readDocument } from '../../../electron/files/read-document.ts';
import { loadRecentFiles } from '../../../electron/main/recent-files.ts';
import { memoryTrustedPaths } from '../../../electron/main/trusted-paths.ts';
import { faultyFileSystem } from '../files/faulty-file-system.ts';
import { useTempFolder } from '../files/temp-folder.ts';

const CONFIG =
  '{\n  "position_sizing": { "method": "fixed_usd", "fixed_amount_usd": 100, "max_position_size_usd": 500 },\n  "strategies": []\n}\n';

function dialogs(overrides: Partial<SessionDialogs> = {}): SessionDialogs {
  return {
    chooseFileToOpen: vi.fn(() => Promise.resolve(null)),
    chooseSavePath: vi.fn(() => Promise.resolve(null)),
    chooseExportPath: vi.fn(() => Promise.resolve(null)),
    confirmDiscard: vi.fn(() => Promise.resolve('cancel' as const)),
    ...overrides,
  };
}

describe('document-session', () => {
  const folder = useTempFolder();
  const session = async (d: SessionDialogs = dialogs(), listeners: SessionListeners = {}) =>
    createDocumentSession({
      dialogs: d,
      recent: await loadRecentFiles(join(folder(), 'recent.json')),
      listeners,
    });

  describe('app:open-sample', () => {
    it('opens the built-in example as an untitled document', async () => {
      const s = await session();
      expect(await s.handlers['app:open-sample']({})).toEqual({
        status: 'opened',
        document: {
          path: null,
          name: SAMPLE_CONFIG_NAME,
          text: SAMPLE_CONFIG_TEXT,
          bom: false,
          stamp: null,
        },
      });
    });
  });

  describe('app:open-document', () => {
    it('opens the chosen file with its stamp and remembers it as recent', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, `\uFEFF${CONFIG}`);
      const onCurrentFile = vi.fn<NonNullable<SessionListeners['onCurrentFile']>>();
      const s = await session(dialogs({ chooseFileToOpen: () => Promise.resolve(path) }), {
        onCurrentFile,
      });
      const reply = await s.handlers['app:open-document']({});
      expect(reply).toMatchObject({
        status: 'opened',
        document: { path, name: 'config.json', text: CONFIG, bom: true },
      });
      expect(await s.handlers['app:recent-files']({})).toEqual([{ path, name: 'config.json' }]);
      expect(onCurrentFile.mock.calls[0]?.[0]).toMatchObject({
        path,
        stamp: { size: CONFIG.length + 3 },
      });
    });
    it('is canceled when the dialog is, and fails on an unreadable file', async () => {
      expect(await (await session()).handlers['app:open-document']({})).toEqual({
        status: 'canceled',
      });
      const bad = join(folder(), 'bad.json');
      await writeFile(bad, Buffer.from([0x7b, 0xff, 0x7d]));
      const s = await session(dialogs({ chooseFileToOpen: () => Promise.resolve(bad) }));
      expect(await s.handlers['app:open-document']({})).toMatchObject({ status: 'failed' });
    });
  });

  describe('app:open-recent', () => {
    it('refuses a path the user never opened', async () => {
      const s = await session();
      expect(await s.handlers['app:open-recent']({ path: '/etc/passwd' })).toEqual({
        status: 'failed',
        message: '/etc/passwd is not a recently opened file.',
      });
    });
    it('reopens a recent file, and forgets it once it is gone', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, CONFIG);
      const s = await session();
      await s.openPath(path);
      expect(await s.handlers['app:open-recent']({ path })).toMatchObject({ status: 'opened' });
      await rm(path);
      expect(await s.handlers['app:open-recent']({ path })).toMatchObject({ status: 'failed' });
      expect(await s.handlers['app:recent-files']({})).toEqual([]);
    });
  });

  describe('app:save-document', () => {
    it('saves over the opened file, keeping its BOM, and returns the new stamp', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, `\uFEFF${CONFIG}`);
      const onSaveFinished = vi.fn();
      const s = await session(dialogs(), { onSaveFinished });
      const opened = await s.openPath(path);
      if (opened.status !== 'opened') throw new Error('not opened');
      const text = CONFIG.replace('100', '200');
      const reply = await s.handlers['app:save-document']({
        path,
        text,
        bom: true,
        stamp: opened.document.stamp,
        overwrite: false,
      });
      expect(reply).toMatchObject({ status: 'saved', path, name: 'config.json' });
      expect(await readFile(path, 'utf8')).toBe(`\uFEFF${text}`);
      expect(onSaveFinished).toHaveBeenCalledWith(true);
      expect(s.current()).toEqual({ path, stamp: reply.status === 'saved' ? reply.stamp : null });
    });
    it('reports a save whose folder could not be flushed as saved, with a warning to show', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, CONFIG);
      const s = createDocumentSession({
        dialogs: dialogs(),
        recent: await loadRecentFiles(join(folder(), 'recent.json')),
        fs: faultyFileSystem({ syncDirectory: { code: 'EIO' } }),
      });
      const opened = await s.openPath(path);
      if (opened.status !== 'opened') throw new Error('not opened');
      const text = CONFIG.replace('100', '200');
      const reply = await s.handlers['app:save-document']({
        path,
        text,
        bom: false,
        stamp: opened.document.stamp,
        overwrite: false,
      });
      expect(reply).toMatchObject({ status: 'saved', path, name: 'config.json' });
      if (reply.status === 'saved') expect(reply.warning).toMatch(/durability is not confirmed/);
      expect(await readFile(path, 'utf8')).toBe(text);
    });

    it('refuses to overwrite a file changed on disk, showing what is there; overwrites when told to', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, CONFIG);
      const onSaveFinished = vi.fn();
      const s = await session(dialogs(), { onSaveFinished });
      const opened = await s.openPath(path);
      if (opened.status !== 'opened') throw new Error('not opened');
      await writeFile(path, '{"changed": "elsewhere"}');
      const request = {
        path,
        text: '{"mine": 1}',
        bom: false,
        stamp: opened.document.stamp,
        overwrite: false,
      };
      const conflict = await s.handlers['app:save-document'](request);
      expect(conflict).toMatchObject({ status: 'conflict', diskText: '{"changed": "elsewhere"}' });
      expect(await readFile(path, 'utf8')).toBe('{"changed": "elsewhere"}');
      expect(onSaveFinished).toHaveBeenLastCalledWith(false);
      expect(await s.handlers['app:save-document']({ ...request, overwrite: true })).toMatchObject({
        status: 'saved',
      });
      expect(await readFile(path, 'utf8')).toBe('{"mine": 1}');
    });
    it('reports a deleted file as a conflict with nothing on disk', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, CONFIG);
      const s = await session();
      const opened = await s.openPath(path);
      if (opened.status !== 'opened') throw new Error('not opened');
      await rm(path);
      const reply = await s.handlers['app:save-document']({
        path,
        text: CONFIG,
        bom: false,
        stamp: opened.document.stamp,
        overwrite: false,
      });
      expect(reply).toMatchObject({ status: 'conflict', diskText: null });
    });
    it('refuses a path that was not opened in this window', async () => {
      const target = join(folder(), 'elsewhere.json');
      const s = await session();
      const reply = await s.handlers['app:save-document']({
        path: target,
        text: '{}',
        bom: false,
        stamp: null,
        overwrite: true,
      });
      expect(reply).toEqual({
        status: 'failed',
        message: `${target} was not opened in this window.`,
      });
      await expect(readFile(target)).rejects.toThrow();
    });
    it('asks where to save an untitled document', async () => {
      const target = join(folder(), 'new.json');
      const chooseSavePath = vi.fn(() => Promise.resolve(target));
      const s = await session(dialogs({ chooseSavePath }));
      const reply = await s.handlers['app:save-document']({
        path: null,
        text: SAMPLE_CONFIG_TEXT,
        bom: false,
        stamp: null,
        overwrite: false,
      });
      expect(reply).toMatchObject({ status: 'saved', path: target, name: 'new.json' });
      expect(chooseSavePath).toHaveBeenCalledWith('config.json', null);
      expect(await readFile(target, 'utf8')).toBe(SAMPLE_CONFIG_TEXT);
    });
  });

  describe('app:save-document-as', () => {
    it('is canceled with the dialog, and writes nothing', async () => {
      const s = await session();
      expect(
        await s.handlers['app:save-document-as']({
          path: null,
          text: '{}',
          bom: false,
          stamp: null,
          overwrite: false,
        }),
      ).toEqual({ status: 'canceled' });
    });
  });

  describe('app:export-config', () => {
    it('writes strict JSON without comments to the chosen file', async () => {
      const target = join(folder(), 'config.json');
      const s = await session(dialogs({ chooseExportPath: () => Promise.resolve(target) }));
      const reply = await s.handlers['app:export-config']({
        text: SAMPLE_CONFIG_TEXT,
        suggestedName: 'config.json',
        expandInheritance: false,
      });
      expect(reply).toEqual({ status: 'exported', path: target });
      const written = await readFile(target, 'utf8');
      expect(written).not.toContain('//');
      expect(JSON.parse(written)).toHaveProperty('strategies');
    });
    it('prepares the export where it is told to (the app: a worker thread)', async () => {
      const target = join(folder(), 'config.json');
      const prepareExport = vi.fn(() => Promise.resolve({ ok: true as const, text: '{"a": 1}' }));
      const s = createDocumentSession({
        dialogs: dialogs({ chooseExportPath: () => Promise.resolve(target) }),
        recent: await loadRecentFiles(join(folder(), 'recent.json')),
        prepareExport,
      });
      const request = {
        text: '{"a": 1, // c\n}',
        suggestedName: 'c.json',
        expandInheritance: true,
      };
      expect(await s.handlers['app:export-config'](request)).toEqual({
        status: 'exported',
        path: target,
      });
      expect(prepareExport).toHaveBeenCalledWith({ text: request.text, expandInheritance: true });
      expect(await readFile(target, 'utf8')).toBe('{"a": 1}');
    });

    it('reports a written export whose folder could not be flushed as exported, with a warning', async () => {
      // Strict JSON the engine starts with (an exchanges list), so the export itself succeeds.
      const text = '{"exchanges": [], "strategies": []}';
      const target = join(folder(), 'config.json');
      const s = createDocumentSession({
        dialogs: dialogs({ chooseExportPath: () => Promise.resolve(target) }),
        recent: await loadRecentFiles(join(folder(), 'recent.json')),
        fs: faultyFileSystem({ syncDirectory: { code: 'EIO' } }),
      });
      const reply = await s.handlers['app:export-config']({
        text,
        suggestedName: 'config.json',
        expandInheritance: false,
      });
      expect(reply).toMatchObject({ status: 'exported', path: target });
      if (reply.status === 'exported') expect(reply.warning).toMatch(/durability is not confirmed/);
      expect(await readFile(target, 'utf8')).toBe(text);
    });

    it('writes nothing for a config with errors', async () => {
      const chooseExportPath = vi.fn(() => Promise.resolve(join(folder(), 'x.json')));
      const s = await session(dialogs({ chooseExportPath }));
      const reply = await s.handlers['app:export-config']({
        text: '{"strategies": [',
        suggestedName: 'x.json',
        expandInheritance: false,
      });
      expect(reply).toMatchObject({ status: 'failed' });
      expect(chooseExportPath).not.toHaveBeenCalled();
    });
  });

  describe('app:document-state and app:confirm-discard', () => {
    it('passes the state on and asks through the dialog', async () => {
      const onState = vi.fn();
      const s = await session(dialogs({ confirmDiscard: () => Promise.resolve('discard') }), {
        onState,
      });
      expect(await s.handlers['app:document-state']({ name: 'a.json', edited: true })).toBeNull();
      expect(onState).toHaveBeenCalledWith({ name: 'a.json', edited: true });
      expect(await s.handlers['app:confirm-discard']({ name: 'a.json' })).toBe('discard');
    });
  });

  describe('adopt()', () => {
    const save = (
      path: string,
      stamp: null | { mtimeMs: number; size: number; sha256: string },
    ) => ({
      path,
      text: '{}',
      bom: false,
      stamp,
      overwrite: false,
    });

    it('lets a restored document be saved where it came from, a file chosen in an earlier session, after the disk check', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, CONFIG);
      const opened = await readDocument(path);
      if (!opened.ok) throw new Error(opened.message);
      const s = createDocumentSession({
        dialogs: dialogs(),
        recent: await loadRecentFiles(join(folder(), 'recent.json')),
        trusted: memoryTrustedPaths([path]),
      });
      s.adopt({
        path,
        name: 'config.json',
        text: '{}',
        bom: false,
        stamp: opened.stamp,
        edited: true,
      });
      await writeFile(path, 'changed on disk');
      // The renderer sends no stamp: the restored one is used, and the change is seen.
      expect(await s.handlers['app:save-document'](save(path, null))).toMatchObject({
        status: 'conflict',
      });
      await writeFile(path, CONFIG);
      expect(await s.handlers['app:save-document'](save(path, null))).toMatchObject({
        status: 'saved',
      });
    });

    it('refuses to save a restored document to a file never chosen', async () => {
      const path = join(folder(), 'never-opened.json');
      await writeFile(path, CONFIG);
      const s = await session();
      s.adopt({ path, name: 'x', text: '{}', bom: false, stamp: null, edited: true });
      expect(await s.handlers['app:save-document'](save(path, null))).toMatchObject({
        status: 'failed',
      });
      expect(await readFile(path, 'utf8')).toBe(CONFIG);
    });
  });

  describe('app:document-state backups', () => {
    it('backs up the text of a path the renderer names but the user never chose as untitled', async () => {
      const onState = vi.fn();
      const s = await session(dialogs(), { onState });
      const backup = { path: '/etc/hosts', text: '{}', bom: false, stamp: null };
      await s.handlers['app:document-state']({ name: 'hosts', edited: true, backup });
      expect(onState).toHaveBeenCalledWith({
        name: 'hosts',
        edited: true,
        backup: { ...backup, path: null },
      });
    });

    it('keeps the path of a file opened in this session', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, CONFIG);
      const onState = vi.fn();
      const s = await session(dialogs(), { onState });
      await s.openPath(path);
      const backup = { path, text: '{}', bom: false, stamp: null };
      await s.handlers['app:document-state']({ name: 'config.json', edited: true, backup });
      expect(onState).toHaveBeenCalledWith({ name: 'config.json', edited: true, backup });
    });
  });
});
