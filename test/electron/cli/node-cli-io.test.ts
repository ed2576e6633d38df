import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_BYTES, nodeCliIo, readConfigFile } from '../../../electron/cli/node-cli-io.ts';
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

  describe('nodeCliIo()', () => {
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
