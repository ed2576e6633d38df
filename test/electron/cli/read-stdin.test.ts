import { describe, expect, it } from 'vitest';
import { readStdin } from '../../../electron/cli/node-cli-io.ts';

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const p of parts) yield await Promise.resolve(p);
}

describe('node-cli-io', () => {
  describe('readStdin()', () => {
    it('reads every chunk of standard input, bytes and text alike', async () => {
      const result = await readStdin(chunks('{"a":', new TextEncoder().encode(' 1}')));
      expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('{"a": 1}');
    });

    it('refuses input over the limit with its size (near miss: exactly the limit passes)', async () => {
      expect((await readStdin(chunks('12345'), 5)).ok).toBe(true);
      expect(await readStdin(chunks('123', '456'), 5)).toEqual({
        ok: false,
        message: 'cannot read standard input: it is 6 bytes; the limit is 5 bytes.',
      });
    });

    it('says why when the stream fails', async () => {
      async function* failing(): AsyncGenerator<string> {
        yield await Promise.resolve('{');
        throw new Error('broken pipe');
      }
      const result = await readStdin(failing());
      expect(result).toEqual({ ok: false, message: 'cannot read standard input: broken pipe' });
    });
  });
});
