import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupTimestamp,
  createBackup,
  listBackups,
  pruneBackups,
} from '../../../electron/files/backups.ts';
import { nodeFileSystem } from '../../../electron/files/file-system.ts';
import { faultyFileSystem } from './faulty-file-system.ts';
import { useTempFolder } from './temp-folder.ts';

describe('backups', () => {
  const folder = useTempFolder();
  const config = (): string => join(folder(), 'config.json');

  describe('backupTimestamp()', () => {
    it('formats local time as YYYYMMDD_HHMMSS', () => {
      expect(backupTimestamp(new Date(2024, 0, 2, 3, 4, 5))).toBe('20240102_030405');
      expect(backupTimestamp(new Date(2024, 11, 31, 23, 59, 59))).toBe('20241231_235959');
    });
  });

  describe('createBackup()', () => {
    it('copies the file beside it, adding a number when the name is taken', async () => {
      await writeFile(config(), 'v1');
      const when = new Date(2024, 5, 1, 12, 0, 0);
      const first = await createBackup(nodeFileSystem(), config(), when);
      const second = await createBackup(nodeFileSystem(), config(), when);
      expect(first).toBe(`${config()}.backup.20240601_120000`);
      expect(second).toBe(`${config()}.backup.20240601_120000_2`);
      expect(await readFile(second, 'utf8')).toBe('v1');
    });

    it('throws on a failed copy and leaves no partial backup', async () => {
      await writeFile(config(), 'v1');
      const fs = faultyFileSystem({ copyExclusive: { code: 'ENOSPC' } });
      await expect(createBackup(fs, config(), new Date())).rejects.toMatchObject({
        code: 'ENOSPC',
      });
      expect(await readdir(folder())).toEqual(['config.json']);
    });
  });

  describe('listBackups()', () => {
    it('lists only backups of the given file, oldest first, with numeric suffixes in order', () => {
      const names = [
        'config.json.backup.20240601_120000_10',
        'config.json.backup.20240601_120000_2',
        'config.json',
        'config.json.backup.20240601_120000',
        'config.json.backup.20240531_235959',
        'config.json.backup.manual',
        'other.json.backup.20240601_120000',
        'config.json.backup.20240601_120000.bak',
      ];
      expect(listBackups(names, 'config.json')).toEqual([
        'config.json.backup.20240531_235959',
        'config.json.backup.20240601_120000',
        'config.json.backup.20240601_120000_2',
        'config.json.backup.20240601_120000_10',
      ]);
    });
  });

  describe('pruneBackups()', () => {
    it('deletes all but the newest backups', async () => {
      const names = ['20240101_000000', '20240102_000000', '20240103_000000'];
      for (const stamp of names) await writeFile(`${config()}.backup.${stamp}`, stamp);
      await writeFile(join(folder(), 'keep.txt'), '');
      const result = await pruneBackups(nodeFileSystem(), config(), 1);
      expect(result).toEqual({
        removed: ['config.json.backup.20240101_000000', 'config.json.backup.20240102_000000'],
        failed: [],
      });
      expect((await readdir(folder())).sort()).toEqual([
        'config.json.backup.20240103_000000',
        'keep.txt',
      ]);
    });

    it('reports backups it could not delete instead of throwing', async () => {
      await writeFile(`${config()}.backup.20240101_000000`, '');
      const fs = faultyFileSystem({ unlink: { code: 'EACCES' } });
      const result = await pruneBackups(fs, config(), 0);
      expect(result.removed).toEqual([]);
      expect(result.failed).toEqual([
        'config.json.backup.20240101_000000: EACCES: injected fault at unlink',
      ]);
    });
  });
});
