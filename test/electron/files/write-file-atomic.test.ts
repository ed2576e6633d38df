import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteStep } from '../../../electron/files/write-file-atomic.ts';
import {
  renameWithRetry,
  syncDirectory,
  tempPathFor,
  writeFileAtomic,
} from '../../../electron/files/write-file-atomic.ts';
import type { FaultPoint } from './faulty-file-system.ts';
import { faultyFileSystem } from './faulty-file-system.ts';
import { useTempFolder } from './temp-folder.ts';

const OLD = new TextEncoder().encode('old');
const NEW = new TextEncoder().encode('new content');

const FAULTS: readonly (readonly [FaultPoint, WriteStep, boolean])[] = [
  ['stat', 'stat', false],
  ['createExclusive', 'open', false],
  ['file.write', 'write', false],
  ['file.chmod', 'chmod', false],
  ['file.sync', 'fsync', false],
  ['file.close', 'close', false],
  ['rename', 'rename', false],
  ['syncDirectory', 'sync-dir', true],
];

describe('write-file-atomic', () => {
  const folder = useTempFolder();
  const target = (): string => join(folder(), 'export.json');

  describe('writeFileAtomic()', () => {
    it('creates a new file with the bytes', async () => {
      const result = await writeFileAtomic(target(), NEW);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.stat.size).toBe(NEW.length);
      expect(new Uint8Array(await readFile(target()))).toEqual(NEW);
      expect(await readdir(folder())).toEqual(['export.json']);
    });

    it.skipIf(process.platform === 'win32')('keeps the mode of the file it replaces', async () => {
      await writeFile(target(), OLD);
      await chmod(target(), 0o600);
      expect((await writeFileAtomic(target(), NEW)).ok).toBe(true);
      expect((await stat(target())).mode & 0o777).toBe(0o600);
    });

    it.skipIf(process.platform === 'win32')('gives the file an explicit mode', async () => {
      expect((await writeFileAtomic(target(), NEW, { mode: 0o640 })).ok).toBe(true);
      expect((await stat(target())).mode & 0o777).toBe(0o640);
    });

    it.each(FAULTS)(
      'when %s fails, names step %s, keeps the old bytes unless committed and removes the temp file',
      async (point, step, committed) => {
        await writeFile(target(), OLD);
        const fs = faultyFileSystem({ [point]: { code: 'EIO' } });
        const result = await writeFileAtomic(target(), NEW, { fs });
        expect(result).toMatchObject({ ok: false, step, committed });
        expect(new Uint8Array(await readFile(target()))).toEqual(committed ? NEW : OLD);
        expect(await readdir(folder())).toEqual(['export.json']);
      },
    );
  });

  describe('tempPathFor()', () => {
    it('names a hidden, unique file in the same folder', () => {
      const first = tempPathFor('/data/config.json');
      expect(dirname(first)).toBe('/data');
      expect(first).toMatch(/\/\.config\.json\.tmp-\d+-[0-9a-f]{8}$/);
      expect(tempPathFor('/data/config.json')).not.toBe(first);
    });
  });

  describe('renameWithRetry()', () => {
    it('does not retry errors other than EPERM, EBUSY and EACCES', async () => {
      const fs = faultyFileSystem({ rename: { code: 'ENOENT' } });
      await expect(renameWithRetry(fs, 'a', 'b', [1, 1])).rejects.toMatchObject({ code: 'ENOENT' });
      expect(fs.calls.get('rename')).toBe(1);
    });

    it('retries EBUSY once per delay, then throws', async () => {
      const fs = faultyFileSystem({ rename: { code: 'EBUSY' } });
      await expect(renameWithRetry(fs, 'a', 'b', [1, 1])).rejects.toMatchObject({ code: 'EBUSY' });
      expect(fs.calls.get('rename')).toBe(3);
    });
  });

  describe('syncDirectory()', () => {
    it.each(['EISDIR', 'EINVAL', 'EPERM'])(
      'ignores %s from platforms that cannot',
      async (code) => {
        const fs = faultyFileSystem({ syncDirectory: { code } });
        await expect(syncDirectory(fs, folder())).resolves.toBeUndefined();
      },
    );

    it('reports a real failure', async () => {
      const fs = faultyFileSystem({ syncDirectory: { code: 'EIO' } });
      await expect(syncDirectory(fs, folder())).rejects.toMatchObject({ code: 'EIO' });
    });
  });
});
