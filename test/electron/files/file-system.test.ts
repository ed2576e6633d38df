import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, nodeFileSystem } from '../../../electron/files/file-system.ts';
import { useTempFolder } from './temp-folder.ts';

describe('file-system', () => {
  const folder = useTempFolder();

  describe('nodeFileSystem()', () => {
    it('refuses to create or copy over an existing file', async () => {
      const fs = nodeFileSystem();
      const taken = join(folder(), 'taken');
      await writeFile(taken, 'keep');
      await expect(fs.createExclusive(taken, 0o644)).rejects.toMatchObject({ code: 'EEXIST' });
      await expect(fs.copyExclusive(taken, taken)).rejects.toMatchObject({ code: 'EEXIST' });
      expect(await readFile(taken, 'utf8')).toBe('keep');
    });

    it('writes, flushes and stats a new file', async () => {
      const path = join(folder(), 'new');
      const file = await nodeFileSystem().createExclusive(path, 0o644);
      await file.write(new TextEncoder().encode('hello'));
      await file.sync();
      const info = await file.stat();
      await file.close();
      expect(info.size).toBe(5);
      expect(info.mtimeMs).toBe((await stat(path)).mtimeMs);
      await expect(nodeFileSystem().syncDirectory(folder())).resolves.toBeUndefined();
    });
  });

  describe('errorCode()', () => {
    it('reads the code of Node errors only', () => {
      expect(errorCode(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('ENOENT');
      expect(errorCode(new Error('x'))).toBeUndefined();
      expect(errorCode('ENOENT')).toBeUndefined();
    });
  });

  describe('errorMessage()', () => {
    it('describes errors and other thrown values', () => {
      expect(errorMessage(new Error('boom'))).toBe('boom');
      expect(errorMessage(42)).toBe('42');
    });
  });
});
