import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/files/document-stamp.ts';
import type { FileStat } from '../../../electron/files/file-system.ts';
import { nodeFileSystem } from '../../../electron/files/file-system.ts';
import { formatSize, readDocument } from '../../../electron/files/read-document.ts';
import { faultyFileSystem } from './faulty-file-system.ts';
import { useTempFolder } from './temp-folder.ts';

/** What `stat` said of a small regular file, before the path was swapped or grew. */
function regularStat(): Promise<FileStat> {
  return Promise.resolve({ kind: 'file', size: 2, mtimeMs: 0, mode: 0o644, uid: 0, gid: 0 });
}

describe('read-document', () => {
  const folder = useTempFolder();
  const config = (): string => join(folder(), 'config.json');

  describe('readDocument()', () => {
    it('returns the text and a stamp of the bytes', async () => {
      const bytes = new TextEncoder().encode('{ "a": "é" }');
      await writeFile(config(), bytes);
      const result = await readDocument(config());
      expect(result).toMatchObject({ ok: true, text: '{ "a": "é" }', bom: false });
      if (result.ok) expect(result.stamp).toMatchObject({ size: 13, sha256: sha256Hex(bytes) });
    });

    it('reports and strips a byte order mark', async () => {
      await writeFile(config(), new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]));
      const result = await readDocument(config());
      expect(result).toMatchObject({ ok: true, text: '{}', bom: true });
      if (result.ok) expect(result.stamp.size).toBe(5);
    });

    it('refuses a file over the limit, naming its size and the limit', async () => {
      await writeFile(config(), 'x'.repeat(25));
      const result = await readDocument(config(), { maxBytes: 10 });
      expect(result).toMatchObject({ ok: false, reason: 'too-large' });
      if (!result.ok) expect(result.message).toMatch(/25 bytes.*10 bytes/);
    });

    it('refuses a file over the default 20 MB limit', async () => {
      await writeFile(config(), new Uint8Array(21 * 1024 * 1024));
      const result = await readDocument(config());
      expect(result).toMatchObject({ ok: false, reason: 'too-large' });
      if (!result.ok) expect(result.message).toContain('is 21 MB, more than the 20 MB limit');
    });

    it('shows exact byte counts when rounding would hide the difference', async () => {
      await writeFile(config(), new Uint8Array(2049));
      const result = await readDocument(config(), { maxBytes: 2048 });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.message).toContain('2049 bytes, more than the 2048 bytes limit');
    });

    it('reports invalid UTF-8 with its line and column', async () => {
      await writeFile(config(), new Uint8Array([0x7b, 0x0a, 0x20, 0x20, 0xff, 0x7d]));
      const result = await readDocument(config());
      expect(result).toMatchObject({ ok: false, reason: 'encoding' });
      if (!result.ok) expect(result.message).toContain('line 2, column 3');
    });

    it('reports a missing file as not-found', async () => {
      const result = await readDocument(config());
      expect(result).toMatchObject({ ok: false, reason: 'not-found' });
    });

    it('refuses a folder as not a file, and an unreadable file as io, in words', async () => {
      await mkdir(config());
      const folderRead = await readDocument(config());
      expect(folderRead).toMatchObject({ ok: false, reason: 'not-a-file' });
      if (!folderRead.ok) expect(folderRead.message).toContain('is a folder, not a config file');
      const fs = faultyFileSystem({ readFile: { code: 'EACCES' } });
      await writeFile(join(folder(), 'b.json'), '{}');
      const result = await readDocument(join(folder(), 'b.json'), { fs });
      expect(result).toMatchObject({ ok: false, reason: 'io' });
      if (!result.ok) expect(result.message).toContain('permission denied');
    });

    describe.skipIf(process.platform === 'win32')('files that are not regular files', () => {
      it('refuses a FIFO at once instead of waiting for a writer', async () => {
        execFileSync('mkfifo', [config()]);
        const result = await readDocument(config());
        expect(result).toMatchObject({ ok: false, reason: 'not-a-file' });
        if (!result.ok) expect(result.message).toMatch(/not a regular file.*it was not read/);
      }, 2000);

      it('refuses /dev/zero, directly and through a symlink, without reading it', async () => {
        await symlink('/dev/zero', config());
        for (const path of ['/dev/zero', config()]) {
          expect(await readDocument(path)).toMatchObject({ ok: false, reason: 'not-a-file' });
        }
      }, 2000);

      it('refuses a path swapped for a FIFO after the check, without blocking', async () => {
        execFileSync('mkfifo', [config()]);
        const lying = { ...nodeFileSystem(), stat: regularStat };
        const result = await readDocument(config(), { fs: lying });
        expect(result).toMatchObject({ ok: false, reason: 'not-a-file' });
      }, 2000);

      it('stops reading a file that grows past the limit after the check', async () => {
        await writeFile(config(), 'x'.repeat(100));
        const lying = { ...nodeFileSystem(), stat: regularStat };
        const result = await readDocument(config(), { fs: lying, maxBytes: 10 });
        expect(result).toMatchObject({ ok: false, reason: 'too-large' });
      });

      it('says a symlink loop in words, not as ELOOP', async () => {
        await symlink('b.json', config());
        await symlink('config.json', join(folder(), 'b.json'));
        const result = await readDocument(config());
        expect(result).toMatchObject({ ok: false, reason: 'io' });
        if (!result.ok) {
          expect(result.message).toContain('loop of symbolic links');
          expect(result.message).not.toContain('ELOOP');
        }
      });
    });
  });

  describe('formatSize()', () => {
    it('uses bytes, KB or MB', () => {
      expect([0, 1023, 1536, 20 * 1024 * 1024, 1.25 * 1024 * 1024].map(formatSize)).toEqual([
        '0 bytes',
        '1023 bytes',
        '1.5 KB',
        '20 MB',
        '1.3 MB',
      ]);
    });
  });
});
