import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_CONFIG_BYTES,
  nodeCliIo,
  readConfigFile,
  sameFile,
} from '../../../electron/cli/node-cli-io.ts';
import { useTempFolder } from '../files/temp-folder.ts';

describe('node-cli-io', () => {
  const folder = useTempFolder();

  describe('readConfigFile()', () => {
    it('reads the bytes of a file', async () => {
      const path = join(folder(), 'config.json');
      await writeFile(path, '{"strategies": []}');
      const result = await readConfigFile(path);
      expect(result).toEqual({ ok: true, bytes: new TextEncoder().encode('{"strategies": []}') });
    });

    it('refuses a file over the size limit with a clear message', async () => {
      const path = join(folder(), 'huge.json');
      await writeFile(path, 'x'.repeat(2048));
      expect(await readConfigFile(path, 1024)).toEqual({
        ok: false,
        message: `cannot read ${path}: it is 2048 bytes; the limit is 1024 bytes.`,
      });
      expect(MAX_CONFIG_BYTES).toBe(20 * 1024 * 1024);
    });

    it('says when the file is missing or is a folder', async () => {
      const missing = join(folder(), 'missing.json');
      expect(await readConfigFile(missing)).toEqual({
        ok: false,
        message: `cannot read ${missing}: no such file.`,
      });
      const dir = join(folder(), 'dir.json');
      await mkdir(dir);
      expect(await readConfigFile(dir)).toEqual({
        ok: false,
        message: `cannot read ${dir}: it is a folder, not a file.`,
      });
    });
  });

  describe.skipIf(process.platform === 'win32')('readConfigFile() on what is not a file', () => {
    it('refuses a FIFO and /dev/zero at once', async () => {
      const fifo = join(folder(), 'pipe.json');
      execFileSync('mkfifo', [fifo]);
      for (const path of [fifo, '/dev/zero'])
        expect(await readConfigFile(path)).toEqual({
          ok: false,
          message: `cannot read ${path}: not a regular file.`,
        });
    }, 2000);

    it('says a symlink loop in words', async () => {
      const loop = join(folder(), 'loop.json');
      await symlink('loop.json', loop);
      expect(await readConfigFile(loop)).toEqual({
        ok: false,
        message: `cannot read ${loop}: the path runs through a loop of symbolic links.`,
      });
    });
  });

  describe('sameFile()', () => {
    it('knows one file under two spellings, and tells two files apart', async () => {
      const path = join(folder(), 'config.jsonc');
      await writeFile(path, '{}');
      await writeFile(join(folder(), 'other.json'), '{}');
      await symlink(path, join(folder(), 'link.json'));
      expect(await sameFile(path, join(folder(), '.', 'config.jsonc'))).toBe(true);
      expect(await sameFile(path, join(folder(), 'link.json'))).toBe(true);
      expect(await sameFile(path, join(folder(), 'other.json'))).toBe(false);
      expect(await sameFile(path, join(folder(), 'missing.json'))).toBe(false);
    });
  });

  describe('nodeCliIo()', () => {
    it('backs a file up beside itself', async () => {
      const path = join(folder(), 'config.jsonc');
      await writeFile(path, '// mine\n{}');
      const backup = await nodeCliIo().backUp(path);
      expect(backup.ok).toBe(true);
      if (backup.ok) expect(await readFile(backup.path, 'utf8')).toBe('// mine\n{}');
    });

    it('writes text as UTF-8 and reports a failed write', async () => {
      const io = nodeCliIo();
      const path = join(folder(), 'out.json');
      expect(await io.writeFileAtomic(path, '{"name": "Ünï"}\n')).toEqual({ ok: true });
      expect(await readFile(path, 'utf8')).toBe('{"name": "Ünï"}\n');
      const failed = await io.writeFileAtomic(join(folder(), 'no', 'out.json'), '{}');
      expect(failed.ok).toBe(false);
    });
  });
});
