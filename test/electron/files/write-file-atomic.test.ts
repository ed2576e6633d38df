import { execFileSync } from 'node:child_process';
import {
  chmod,
  chown,
  lstat,
  mkdir,
  readdir,
  readFile,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteStep } from '../../../electron/files/write-file-atomic.ts';
import { nodeFileSystem } from '../../../electron/files/file-system.ts';
import {
  removeStaleTemps,
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

const FAULTS: readonly (readonly [FaultPoint, WriteStep])[] = [
  ['readlink', 'target'],
  ['stat', 'stat'],
  ['createExclusive', 'open'],
  ['file.write', 'write'],
  ['file.chmod', 'chmod'],
  ['file.sync', 'fsync'],
  ['file.close', 'close'],
  ['rename', 'rename'],
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
      'when %s fails, names step %s, keeps the old bytes and removes the temp file',
      async (point, step) => {
        await writeFile(target(), OLD);
        const fs = faultyFileSystem({ [point]: { code: 'EIO' } });
        const result = await writeFileAtomic(target(), NEW, { fs });
        expect(result).toMatchObject({ ok: false, step });
        expect(new Uint8Array(await readFile(target()))).toEqual(OLD);
        expect(await readdir(folder())).toEqual(['export.json']);
      },
    );

    it('reports a folder flush failing after the rename as written, durability not confirmed', async () => {
      await writeFile(target(), OLD);
      const fs = faultyFileSystem({ syncDirectory: { code: 'EIO' } });
      const result = await writeFileAtomic(target(), NEW, { fs });
      expect(result).toMatchObject({ ok: true });
      if (result.ok)
        expect(result.warning).toMatch(/was written, but its durability is not confirmed/);
      expect(new Uint8Array(await readFile(target()))).toEqual(NEW);
    });

    it('has no warning when the folder was flushed', async () => {
      const result = await writeFileAtomic(target(), NEW);
      expect(result).toMatchObject({ ok: true, warning: null });
    });
  });

  describe.skipIf(process.platform === 'win32')('targets that are not a plain file', () => {
    it('writes through a symlink to its target and keeps the link', async () => {
      await mkdir(join(folder(), 'real'));
      const real = join(folder(), 'real', 'config.json');
      await writeFile(real, OLD);
      await symlink(real, target());
      expect((await writeFileAtomic(target(), NEW)).ok).toBe(true);
      expect((await lstat(target())).isSymbolicLink()).toBe(true);
      expect(new Uint8Array(await readFile(real))).toEqual(NEW);
    });

    it('writes through a relative, chained symlink', async () => {
      await writeFile(join(folder(), 'real.json'), OLD);
      await symlink('real.json', join(folder(), 'middle.json'));
      await symlink('middle.json', target());
      expect((await writeFileAtomic(target(), NEW)).ok).toBe(true);
      expect((await lstat(target())).isSymbolicLink()).toBe(true);
      expect(new Uint8Array(await readFile(join(folder(), 'real.json')))).toEqual(NEW);
    });

    it('creates the file a dangling symlink names, keeping the link', async () => {
      await mkdir(join(folder(), 'real'));
      await symlink(join(folder(), 'real', 'new.json'), target());
      expect((await writeFileAtomic(target(), NEW)).ok).toBe(true);
      expect((await lstat(target())).isSymbolicLink()).toBe(true);
      expect(new Uint8Array(await readFile(join(folder(), 'real', 'new.json')))).toEqual(NEW);
    });

    it('refuses a symlink loop in words', async () => {
      await symlink('b.json', join(folder(), 'a.json'));
      await symlink('a.json', join(folder(), 'b.json'));
      const result = await writeFileAtomic(join(folder(), 'a.json'), NEW);
      expect(result).toMatchObject({ ok: false, step: 'target' });
      if (!result.ok) expect(result.message).toMatch(/loop of symbolic links; nothing was written/);
      expect(result.ok || result.message.includes('ELOOP')).toBe(false);
    });

    it('refuses a folder', async () => {
      await mkdir(target());
      const result = await writeFileAtomic(target(), NEW);
      expect(result).toMatchObject({ ok: false, step: 'stat' });
      if (!result.ok) expect(result.message).toMatch(/it is a folder, not a file/);
      expect((await stat(target())).isDirectory()).toBe(true);
    });

    it('refuses a FIFO and leaves it a FIFO', async () => {
      execFileSync('mkfifo', [target()]);
      const result = await writeFileAtomic(target(), NEW);
      expect(result).toMatchObject({ ok: false, step: 'stat' });
      if (!result.ok)
        expect(result.message).toMatch(/device, pipe or socket; it was left as it is/);
      expect((await lstat(target())).isFIFO()).toBe(true);
      expect(await readdir(folder())).toEqual(['export.json']);
    });

    it('refuses a device through a symlink (/dev/null) and leaves it alone', async () => {
      await symlink('/dev/null', target());
      const result = await writeFileAtomic(target(), NEW);
      expect(result).toMatchObject({ ok: false, step: 'stat' });
      expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
      expect((await lstat(target())).isSymbolicLink()).toBe(true);
    });

    it('refuses a read-only file with a clear message and keeps it', async () => {
      await writeFile(target(), OLD);
      await chmod(target(), 0o444);
      const result = await writeFileAtomic(target(), NEW);
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(result.message).toMatch(/is read-only; nothing was written/);
      expect(new Uint8Array(await readFile(target()))).toEqual(OLD);
    });

    it.skipIf(process.getuid?.() !== 0)(
      'keeps the owner and group of the file it replaces',
      async () => {
        await writeFile(target(), OLD);
        await chown(target(), 12345, 23456);
        expect((await writeFileAtomic(target(), NEW)).ok).toBe(true);
        const after = await stat(target());
        expect([after.uid, after.gid]).toEqual([12345, 23456]);
      },
    );

    it('still writes when the owner cannot be kept (no right to chown)', async () => {
      await writeFile(target(), OLD);
      const fs = faultyFileSystem({ 'file.chown': { code: 'EPERM' } });
      await chown(target(), 12345, 23456).catch(() => undefined);
      expect((await writeFileAtomic(target(), NEW, { fs })).ok).toBe(true);
      expect(new Uint8Array(await readFile(target()))).toEqual(NEW);
    });
  });

  describe('stale temporary files', () => {
    const stale = (pid: number): string => `.export.json.tmp-${pid}-0badf00d`;

    it('removes the temp files a killed write of ours left, on the next write to the folder', async () => {
      await writeFile(join(folder(), stale(999_999)), 'half written');
      await writeFile(join(folder(), '.other.json.tmp-999998-deadbeef'), 'half written');
      const result = await writeFileAtomic(target(), NEW, { processAlive: () => false });
      expect(result.ok).toBe(true);
      expect(await readdir(folder())).toEqual(['export.json']);
    });

    it('leaves those of a running process and files not of our naming', async () => {
      const mine = ['.export.json.tmp-notes', 'export.json.tmp-1-0badf00d', 'notes.txt'];
      for (const name of [...mine, stale(4242)]) await writeFile(join(folder(), name), 'x');
      const result = await writeFileAtomic(target(), NEW, { processAlive: (pid) => pid === 4242 });
      expect(result.ok).toBe(true);
      expect((await readdir(folder())).sort()).toEqual(
        [...mine, stale(4242), 'export.json'].sort(),
      );
    });

    it('never removes a temp file of this very process', async () => {
      await writeFile(join(folder(), stale(process.pid)), 'x');
      expect(await removeStaleTemps(nodeFileSystem(), folder(), () => false)).toEqual([]);
    });
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
