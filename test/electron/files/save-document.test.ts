import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import {
  chmod,
  chown,
  lstat,
  mkdir,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentStamp } from '../../../electron/files/document-stamp.ts';
import { stampOf } from '../../../electron/files/document-stamp.ts';
import { readDocument } from '../../../electron/files/read-document.ts';
import type { SaveStep } from '../../../electron/files/save-document.ts';
import { saveDocument } from '../../../electron/files/save-document.ts';
import type { FaultPoint } from './faulty-file-system.ts';
import { faultyFileSystem } from './faulty-file-system.ts';
import { useTempFolder } from './temp-folder.ts';

const OLD = new TextEncoder().encode('{\n  "max_position_size": 100\n}\n');
const NEW = new TextEncoder().encode('{\n  "max_position_size": 250\n}\n');
const BACKUP_NAME = /^config\.json\.backup\.\d{8}_\d{6}(_\d+)?$/;
const QUICK_RETRIES = { renameRetryDelaysMs: [1, 1, 1] };

/** Each injection point and the save step that must be named when it fails. */
const FAULTS: readonly (readonly [FaultPoint, SaveStep])[] = [
  ['realpath', 'check'],
  ['stat', 'check'],
  ['readFile', 'check'],
  ['copyExclusive', 'backup'],
  ['createExclusive', 'open'],
  ['file.write', 'write'],
  ['file.chmod', 'chmod'],
  ['file.sync', 'fsync'],
  ['file.stat', 'fsync'],
  ['file.close', 'close'],
  ['rename', 'rename'],
];

async function stampOnDisk(path: string): Promise<DocumentStamp> {
  const read = await readDocument(path);
  if (!read.ok) throw new Error(read.message);
  return read.stamp;
}

/** Seconds apart, so each save gets its own backup name. */
function clock(start = new Date(2025, 2, 14, 9, 30, 0)): () => Date {
  let t = start.getTime();
  return () => new Date((t += 1000));
}

describe('save-document', () => {
  const folder = useTempFolder();
  const config = (): string => join(folder(), 'config.json');

  describe('saveDocument()', () => {
    it('replaces the file with the new bytes and returns their stamp', async () => {
      await writeFile(config(), OLD);
      const result = await saveDocument(config(), NEW, await stampOnDisk(config()));
      expect(result.ok).toBe(true);
      expect(new Uint8Array(await readFile(config()))).toEqual(NEW);
      if (result.ok) expect(result.stamp).toEqual(await stampOnDisk(config()));
    });

    it('creates a file that did not exist, without a backup', async () => {
      const result = await saveDocument(config(), NEW, null);
      expect(result).toMatchObject({ ok: true, backupPath: null, warnings: [] });
      expect(new Uint8Array(await readFile(config()))).toEqual(NEW);
      expect(await readdir(folder())).toEqual(['config.json']);
    });

    describe.each(FAULTS)('when %s fails', (point, step) => {
      it(`returns ok:false naming step "${step}", keeps the original and leaves no stray file`, async () => {
        await writeFile(config(), OLD);
        await writeFile(join(folder(), 'notes.txt'), 'mine');
        const expected = await stampOnDisk(config());
        const before = (await readdir(folder())).sort();
        const fs = faultyFileSystem({ [point]: { code: 'EIO' } });
        const result = await saveDocument(config(), NEW, expected, { fs, ...QUICK_RETRIES });
        expect(result).toMatchObject({ ok: false, reason: 'io', step });
        expect(fs.calls.get(point)).toBeGreaterThan(0);
        expect(new Uint8Array(await readFile(config()))).toEqual(OLD);
        expect((await readdir(folder())).sort()).toEqual(before);
      });
    });

    it('saves, with a warning, when only the folder flush after the rename fails', async () => {
      await writeFile(config(), OLD);
      const fs = faultyFileSystem({ syncDirectory: { code: 'EIO' } });
      const result = await saveDocument(config(), NEW, await stampOnDisk(config()), { fs });
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.warnings[0]).toMatch(/durability is not confirmed/);
      expect(new Uint8Array(await readFile(config()))).toEqual(NEW);
    });

    it.skipIf(process.platform === 'win32')(
      'refuses to save onto a FIFO at once, without a backup, and leaves it a FIFO',
      async () => {
        execFileSync('mkfifo', [config()]);
        for (const overwrite of [false, true]) {
          const expected = overwrite ? null : stampOf(OLD, 0);
          const result = await saveDocument(config(), NEW, expected, { overwrite });
          expect(result).toMatchObject({ ok: false, reason: 'io', step: 'check' });
          if (!result.ok) expect(result.message).toMatch(/not a regular file/);
        }
        expect((await lstat(config())).isFIFO()).toBe(true);
        expect(await readdir(folder())).toEqual(['config.json']);
      },
      3000,
    );

    it.skipIf(process.platform === 'win32')(
      'refuses a read-only file and keeps no backup',
      async () => {
        await writeFile(config(), OLD);
        await chmod(config(), 0o444);
        const result = await saveDocument(config(), NEW, await stampOnDisk(config()));
        expect(result).toMatchObject({ ok: false, reason: 'io' });
        if (!result.ok) expect(result.message).toMatch(/read-only/);
        expect(new Uint8Array(await readFile(config()))).toEqual(OLD);
        expect(await readdir(folder())).toEqual(['config.json']);
      },
    );

    it.skipIf(process.getuid?.() !== 0)('keeps the owner and group of the saved file', async () => {
      await writeFile(config(), OLD);
      await chown(config(), 12345, 23456);
      expect((await saveDocument(config(), NEW, await stampOnDisk(config()))).ok).toBe(true);
      const after = await stat(config());
      expect([after.uid, after.gid]).toEqual([12345, 23456]);
    });

    it('refuses to overwrite a file another program changed since it was read', async () => {
      await writeFile(config(), OLD);
      const expected = await stampOnDisk(config());
      await writeFile(config(), 'changed elsewhere');
      const result = await saveDocument(config(), NEW, expected);
      expect(result).toMatchObject({ ok: false, reason: 'conflict' });
      if (result.ok || result.reason !== 'conflict') return;
      expect(result.disk).toEqual(await stampOnDisk(config()));
      expect(await readFile(config(), 'utf8')).toBe('changed elsewhere');
      expect(await readdir(folder())).toEqual(['config.json']);
    });

    it('overwrites a changed file when told to', async () => {
      await writeFile(config(), OLD);
      const expected = await stampOnDisk(config());
      await writeFile(config(), 'changed elsewhere');
      const result = await saveDocument(config(), NEW, expected, { overwrite: true });
      expect(result.ok).toBe(true);
      expect(new Uint8Array(await readFile(config()))).toEqual(NEW);
    });

    it('reports a file deleted since it was read as a conflict with no disk version', async () => {
      await writeFile(config(), OLD);
      const expected = await stampOnDisk(config());
      await rm(config());
      const result = await saveDocument(config(), NEW, expected);
      expect(result).toMatchObject({ ok: false, reason: 'conflict', disk: null });
      expect(await readdir(folder())).toEqual([]);
    });

    it('does not treat a new modification time with the same content as a conflict', async () => {
      await writeFile(config(), OLD);
      const expected = await stampOnDisk(config());
      await utimes(config(), new Date(2030, 0, 1), new Date(2030, 0, 1));
      const result = await saveDocument(config(), NEW, expected);
      expect(result.ok).toBe(true);
    });

    it('keeps the previous version in a timestamped backup beside the file', async () => {
      await writeFile(config(), OLD);
      const now = (): Date => new Date(2025, 2, 14, 9, 5, 7);
      const result = await saveDocument(config(), NEW, await stampOnDisk(config()), { now });
      expect(result).toMatchObject({ ok: true, backupPath: `${config()}.backup.20250314_090507` });
      const backups = (await readdir(folder())).filter((name) => name !== 'config.json');
      expect(backups).toEqual(['config.json.backup.20250314_090507']);
      expect(backups[0]).toMatch(BACKUP_NAME);
      expect(new Uint8Array(await readFile(join(folder(), backups[0] ?? '')))).toEqual(OLD);
    });

    it('adds _2, _3 to backups made within the same second', async () => {
      await writeFile(config(), OLD);
      const now = (): Date => new Date(2025, 2, 14, 9, 5, 7);
      for (const text of ['one', 'two', 'three']) {
        await saveDocument(config(), new TextEncoder().encode(text), null, { now });
      }
      const backups = (await readdir(folder())).filter((name) => name.includes('.backup.'));
      expect(backups.sort()).toEqual([
        'config.json.backup.20250314_090507',
        'config.json.backup.20250314_090507_2',
        'config.json.backup.20250314_090507_3',
      ]);
      expect(await readFile(`${config()}.backup.20250314_090507_3`, 'utf8')).toBe('two');
    });

    it('keeps only the newest backups and leaves the user’s other files alone', async () => {
      const others = [
        'notes.txt',
        'config.json.backup.manual',
        'other.json.backup.20200101_000000',
      ];
      for (const name of others) await writeFile(join(folder(), name), name);
      await writeFile(config(), 'v0');
      const now = clock();
      for (let v = 1; v <= 7; v++) {
        const result = await saveDocument(config(), new TextEncoder().encode(`v${v}`), null, {
          now,
          keepBackups: 3,
        });
        expect(result.ok).toBe(true);
      }
      const names = await readdir(folder());
      const backups = names.filter((name) => BACKUP_NAME.test(name)).sort();
      const contents = await Promise.all(
        backups.map((name) => readFile(join(folder(), name), 'utf8')),
      );
      expect(contents).toEqual(['v4', 'v5', 'v6']);
      for (const name of others) expect(await readFile(join(folder(), name), 'utf8')).toBe(name);
      expect(names.sort()).toEqual([...others, ...backups, 'config.json'].sort());
    });

    it('still saves when an old backup cannot be deleted, with a warning', async () => {
      await writeFile(config(), OLD);
      const fs = faultyFileSystem({ unlink: { code: 'EACCES' } });
      const result = await saveDocument(config(), NEW, null, { fs, keepBackups: 0 });
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.warnings).toHaveLength(1);
      expect(new Uint8Array(await readFile(config()))).toEqual(NEW);
    });

    it.skipIf(process.platform === 'win32')('preserves the file mode', async () => {
      for (const mode of [0o600, 0o640, 0o755, 0o666]) {
        await writeFile(config(), OLD);
        await chmod(config(), mode);
        expect((await saveDocument(config(), NEW, null)).ok).toBe(true);
        expect((await stat(config())).mode & 0o777).toBe(mode);
      }
    });

    it.skipIf(process.platform === 'win32')('saves through a symlink to its target', async () => {
      await mkdir(join(folder(), 'real'));
      const target = join(folder(), 'real', 'config.json');
      await writeFile(target, OLD);
      await symlink(target, config());
      expect((await saveDocument(config(), NEW, await stampOnDisk(config()))).ok).toBe(true);
      expect(new Uint8Array(await readFile(target))).toEqual(NEW);
      expect((await readdir(join(folder(), 'real'))).length).toBe(2);
    });

    it('retries a rename refused with EPERM, then succeeds', async () => {
      await writeFile(config(), OLD);
      const fs = faultyFileSystem({ rename: { code: 'EPERM', times: 2 } });
      const result = await saveDocument(config(), NEW, null, { fs, ...QUICK_RETRIES });
      expect(result.ok).toBe(true);
      expect(fs.calls.get('rename')).toBe(3);
      expect(new Uint8Array(await readFile(config()))).toEqual(NEW);
    });

    it('gives up on a rename that keeps failing with EPERM and keeps the original', async () => {
      await writeFile(config(), OLD);
      const fs = faultyFileSystem({ rename: { code: 'EPERM' } });
      const result = await saveDocument(config(), NEW, null, { fs, ...QUICK_RETRIES });
      expect(result).toMatchObject({ ok: false, reason: 'io', step: 'rename' });
      expect(fs.calls.get('rename')).toBe(4);
      expect(new Uint8Array(await readFile(config()))).toEqual(OLD);
      expect(await readdir(folder())).toEqual(['config.json']);
    });

    it('leaves either the new bytes (ok) or the old bytes (failed), whatever step fails', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.option(fc.uint8Array({ maxLength: 512 })),
          fc.uint8Array({ maxLength: 512 }),
          fc.option(fc.constantFrom(...FAULTS.map(([point]) => point))),
          async (old, next, fault) => {
            const dir = join(folder(), `run-${run++}`);
            await mkdir(dir);
            const path = join(dir, 'config.json');
            if (old) await writeFile(path, old);
            const fs = faultyFileSystem(fault ? { [fault]: { code: 'EIO' } } : {});
            const expected = old ? stampOf(old, 0) : null;
            const result = await saveDocument(path, next, expected, { fs, ...QUICK_RETRIES });
            const names = await readdir(dir);
            const onDisk = names.includes('config.json')
              ? new Uint8Array(await readFile(path))
              : null;
            expect(onDisk).toEqual(result.ok ? next : old);
            expect(names.filter((name) => name.includes('.tmp-'))).toEqual([]);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
