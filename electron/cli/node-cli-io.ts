import { realpath, stat } from 'node:fs/promises';
import type { BackupResult, CliIo, ReadResult, WriteResult } from '../../shared/cli/cli-io.ts';
import { createBackup } from '../files/backups.ts';
import { errorCode, failureInWords, nodeFileSystem } from '../files/file-system.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** Larger files are refused: a config.json is kilobytes, and the whole file is held in memory. */
export const MAX_CONFIG_BYTES = 20 * 1024 * 1024;

function sizeText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb ? `${(bytes / mb).toFixed(1)} MB` : `${bytes} bytes`;
}

function readFailure(path: string, error: unknown, limit: number): ReadResult {
  switch (errorCode(error)) {
    case 'EFBIG': {
      const size = (error as { size?: unknown }).size;
      return tooLarge(path, typeof size === 'number' ? size : limit + 1, limit);
    }
    case 'EISDIR':
      return { ok: false, message: `cannot read ${path}: it is a folder, not a file.` };
    case 'ENOTREG':
      return { ok: false, message: `cannot read ${path}: not a regular file.` };
    default:
      return { ok: false, message: `cannot read ${path}: ${failureInWords(error)}.` };
  }
}

function tooLarge(path: string, size: number, limit: number): ReadResult {
  return {
    ok: false,
    message: `cannot read ${path}: it is ${sizeText(size)}; the limit is ${sizeText(limit)}.`,
  };
}

/** Reads a whole regular file of at most {@link MAX_CONFIG_BYTES}; never throws nor blocks. */
export async function readConfigFile(path: string, limit = MAX_CONFIG_BYTES): Promise<ReadResult> {
  try {
    // The opened file is checked before a byte is read: a pipe would wait for a writer.
    return { ok: true, bytes: await nodeFileSystem().readFile(path, limit) };
  } catch (error) {
    return readFailure(path, error, limit);
  }
}

/** Whether two paths name one existing file: same device and inode, whatever the spelling. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a, { bigint: true }), stat(b, { bigint: true })]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function backUp(path: string): Promise<BackupResult> {
  try {
    return {
      ok: true,
      path: await createBackup(nodeFileSystem(), await realpath(path), new Date()),
    };
  } catch (error) {
    return { ok: false, message: `could not back up ${path}: ${failureInWords(error)}.` };
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
    return { ok: false, message: `cannot read standard input: ${failureInWords(error)}` };
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
      if (!result.ok) return { ok: false, message: result.message };
      return result.warning === null ? { ok: true } : { ok: true, warning: result.warning };
    },
    sameFile,
    backUp,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}
