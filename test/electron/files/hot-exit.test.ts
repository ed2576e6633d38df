import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stampOf } from '../../../electron/files/document-stamp.ts';
import type { HotExitDocument } from '../../../electron/files/hot-exit.ts';
import { createHotExitStore, entryFileName } from '../../../electron/files/hot-exit.ts';
import { faultyFileSystem } from './faulty-file-system.ts';
import { useTempFolder } from './temp-folder.ts';

const doc = (text: string, path: string | null = '/home/trader/config.json'): HotExitDocument => ({
  path,
  text,
  bom: false,
  savedStamp: path ? stampOf(new TextEncoder().encode('{}'), 1_700_000_000_000) : null,
});

describe('hot-exit', () => {
  const folder = useTempFolder();
  const store = (): string => join(folder(), 'hot-exit');

  describe('createHotExitStore()', () => {
    describe('schedule()', () => {
      beforeEach(() => {
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      });
      afterEach(() => {
        vi.useRealTimers();
      });

      it('writes once, one second after the last edit, with the latest text', async () => {
        const fs = faultyFileSystem();
        const hotExit = createHotExitStore(store(), { fs });
        hotExit.schedule('doc-1', doc('a'));
        vi.advanceTimersByTime(500);
        hotExit.schedule('doc-1', doc('ab'));
        vi.advanceTimersByTime(999);
        hotExit.schedule('doc-1', doc('abc'));
        vi.advanceTimersByTime(999);
        expect(fs.calls.get('createExclusive')).toBeUndefined();
        vi.advanceTimersByTime(1);
        vi.useRealTimers();
        await hotExit.flush();
        expect(fs.calls.get('createExclusive')).toBe(1);
        const { entries } = await hotExit.list();
        expect(entries.map((entry) => entry.text)).toEqual(['abc']);
      });

      it('does not write a document cleared before its time came', async () => {
        const hotExit = createHotExitStore(store());
        hotExit.schedule('doc-1', doc('a'));
        vi.useRealTimers();
        await hotExit.clear('doc-1');
        await hotExit.flush();
        expect((await hotExit.list()).entries).toEqual([]);
      });
    });

    it('writes every scheduled document at once on flush', async () => {
      const hotExit = createHotExitStore(store(), { debounceMs: 60_000 });
      hotExit.schedule('doc-1', doc('one'));
      hotExit.schedule('doc-2', doc('two', null));
      await hotExit.flush();
      expect((await readdir(store())).sort()).toEqual(
        [entryFileName('doc-1'), entryFileName('doc-2')].sort(),
      );
      const saved: unknown = JSON.parse(
        await readFile(join(store(), entryFileName('doc-2')), 'utf8'),
      );
      expect(saved).toMatchObject({ version: 1, docId: 'doc-2', path: null, text: 'two' });
    });

    it.skipIf(process.platform === 'win32')('keeps entries readable by the user only', async () => {
      const hotExit = createHotExitStore(store());
      hotExit.schedule('doc-1', doc('{"api_key": "secret"}'));
      await hotExit.flush();
      expect((await stat(join(store(), entryFileName('doc-1')))).mode & 0o777).toBe(0o600);
    });

    it('lists recoverable documents newest first, and forgets cleared ones', async () => {
      let now = 1000;
      const hotExit = createHotExitStore(store(), { now: () => now++ });
      for (const id of ['old', 'mid', 'new']) hotExit.schedule(id, doc(id));
      await hotExit.flush();
      await hotExit.clear('mid');
      const { entries, skipped } = await hotExit.list();
      expect(entries).toEqual([
        { version: 1, docId: 'new', updatedAt: 1002, ...doc('new') },
        { version: 1, docId: 'old', updatedAt: 1000, ...doc('old') },
      ]);
      expect(skipped).toEqual([]);
    });

    it('skips corrupt, truncated and wrong-shape entries and reports them', async () => {
      const hotExit = createHotExitStore(store());
      hotExit.schedule('good', doc('fine'));
      await hotExit.flush();
      const good = await readFile(join(store(), entryFileName('good')), 'utf8');
      const other = JSON.stringify({ ...JSON.parse(good), docId: 'elsewhere' });
      const bad = {
        'garbage.json': 'not json at all',
        'truncated.json': good.slice(0, good.length / 2),
        'wrong-shape.json': JSON.stringify({ version: 2, docId: 'x' }),
        'renamed.json': other,
        'not-utf8.json': new Uint8Array([0x7b, 0xff, 0x7d]),
      };
      for (const [name, text] of Object.entries(bad)) await writeFile(join(store(), name), text);
      await writeFile(join(store(), `.${entryFileName('x')}.tmp-1-abcd`), 'half written');
      const { entries, skipped } = await hotExit.list();
      expect(entries.map((entry) => entry.docId)).toEqual(['good']);
      expect(skipped.map((entry) => entry.file).sort()).toEqual(Object.keys(bad).sort());
      expect(skipped.every((entry) => entry.reason.length > 0)).toBe(true);
    });

    it('lists nothing when the folder does not exist yet', async () => {
      expect(await createHotExitStore(store()).list()).toEqual({ entries: [], skipped: [] });
    });

    it('reports a failed write without throwing, and keeps working', async () => {
      const errors: string[] = [];
      const fs = faultyFileSystem({ 'file.write': { code: 'ENOSPC', times: 1 } });
      const hotExit = createHotExitStore(store(), { fs, onError: (id) => errors.push(id) });
      hotExit.schedule('doc-1', doc('lost'));
      await hotExit.flush();
      expect(errors).toEqual(['doc-1']);
      hotExit.schedule('doc-1', doc('kept'));
      await hotExit.flush();
      expect((await hotExit.list()).entries.map((entry) => entry.text)).toEqual(['kept']);
      expect(await readdir(store())).toEqual([entryFileName('doc-1')]);
    });
  });
});
