import { readFile, stat } from 'node:fs/promises';
import type { CliIo, ReadResult, WriteResult } from '../../shared/cli/cli-io.ts';
import { errorCode, errorMessage } from '../files/file-system.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** Larger files are refused: a config.json is kilobytes, and the whole file is held in memory. */
export const MAX_CONFIG_BYTES = 20 * 1024 * 1024;

function sizeText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${(bytes / mb).toFixed(1)} MB` : `${bytes} bytes`;
}

function readFailure(path: string, error: unknown): ReadResult {
  switch (errorCode(error)) {
    case 'ENOENT':
      return { ok: false, message: `cannot read ${path}: no such file.` };
    case 'EISDIR':
      return { ok: false, message: `cannot read ${path}: it is a folder, not a file.` };
    case 'EACCES':
    case 'EPERM':
      return { ok: false, message: `cannot read ${path}: permission denied.` };
    default:
      return { ok: false, message: `cannot read ${path}: ${errorMessage(error)}` };
  }
}

function tooLarge(path: string, size: number, limit: number): ReadResult {
  return {
    ok: false,
    message: `cannot read ${path}: it is ${sizeText(size)}; the limit is ${sizeText(limit)}.`,
  };
}

/** Reads a whole regular file of at most {@link MAX_CONFIG_BYTES}; never throws. */
export async function readConfigFile(path: string, limit = MAX_CONFIG_BYTES): Promise<ReadResult> {
  try {
    // Checked before opening: opening a named pipe would wait for a writer.
    const info = await stat(path);
    if (info.isDirectory()) return readFailure(path, { code: 'EISDIR' });
    if (!info.isFile()) return { ok: false, message: `cannot read ${path}: not a regular file.` };
    if (info.size > limit) return tooLarge(path, info.size, limit);
    const bytes = new Uint8Array(await readFile(path));
    // The file may have grown since the check.
    return bytes.length > limit ? tooLarge(path, bytes.length, limit) : { ok: true, bytes };
  } catch (error) {
    return readFailure(path, error);
  }
}

/** Reads standard input to its end, refusing more than {@link MAX_CONFIG_BYTES}; never throws. */
export async function readStdin(
  input: AsyncIterable<Uint8Array | string> = process.stdin,
  limit = MAX_CONFIG_BYTES,
): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size > limit) return tooLarge('standard input', size, limit);
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, message: `cannot read standard input: ${errorMessage(error)}` };
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}

/** The real terminal and file system behind the command line; `-` reads standard input. */
export function nodeCliIo(): CliIo {
  return {
    readFile: (path) => (path === '-' ? readStdin() : readConfigFile(path)),
    writeFileAtomic: async (path, text): Promise<WriteResult> => {
      const result = await writeFileAtomic(path, new TextEncoder().encode(text));
      return result.ok ? { ok: true } : { ok: false, message: result.message };
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}
