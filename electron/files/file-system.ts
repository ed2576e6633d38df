import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** What a path names: a regular file, a folder, or something else (device, FIFO, socket). */
export type FileKind = 'file' | 'directory' | 'other';

/** What the file service needs to know about a file on disk. */
export interface FileStat {
  readonly kind: FileKind;
  readonly size: number;
  readonly mtimeMs: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** A file opened for writing; every operation is a separate step that can fail on its own. */
export interface WritableFile {
  write(bytes: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  stat(): Promise<FileStat>;
  close(): Promise<void>;
}

/** The file operations the save, read and hot-exit code use, so tests can inject faults into each. */
export interface FileSystem {
  realpath(path: string): Promise<string>;
  /** The target a symbolic link names (EINVAL when `path` is not a link). */
  readlink(path: string): Promise<string>;
  stat(path: string): Promise<FileStat>;
  /**
   * Reads a regular file of at most `maxBytes` (no limit when absent). Anything else fails
   * before a byte is read, without blocking: `ENOTREG` for a FIFO, device or socket, `EISDIR`
   * for a folder, `EFBIG` (with the file's `size`) for a file over the limit.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Creates a new file, failing with EEXIST if the name is taken. */
  createExclusive(path: string, mode: number): Promise<WritableFile>;
  /** Copies a file, failing with EEXIST if the destination exists. */
  copyExclusive(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string): Promise<void>;
  syncDirectory(dir: string): Promise<void>;
}

// Opening a FIFO for reading waits for a writer unless non-blocking; Windows has no FIFOs.
const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Returns the real file system, backed by `node:fs/promises`. */
export function nodeFileSystem(): FileSystem {
  return {
    realpath: (path) => fsp.realpath(path),
    readlink: (path) => fsp.readlink(path),
    stat: async (path) => toFileStat(await fsp.stat(path)),
    readFile: readRegularFile,
    createExclusive: async (path, mode) => wrapHandle(await fsp.open(path, 'wx', mode)),
    copyExclusive: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
    rename: (from, to) => fsp.rename(from, to),
    unlink: (path) => fsp.unlink(path),
    readdir: (dir) => fsp.readdir(dir),
    mkdir: async (dir) => {
      await fsp.mkdir(dir, { recursive: true });
    },
    syncDirectory: async (dir) => {
      const handle = await fsp.open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
}

/** The failure `readFile` reports, with a Node-style code. */
export function fileError(code: string, message: string, extra: object = {}): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, ...extra });
}

/**
 * Checks the opened file itself (not the path, which could be swapped in between), then reads
 * at most one byte past the limit, so `/dev/zero` or a growing file cannot fill the memory.
 */
async function readRegularFile(
  path: string,
  maxBytes = Number.MAX_SAFE_INTEGER,
): Promise<Uint8Array> {
  const handle = await fsp.open(path, OPEN_FOR_READING);
  try {
    const info = toFileStat(await handle.stat());
    if (info.kind === 'directory') throw fileError('EISDIR', `${path} is a folder`);
    if (info.kind !== 'file') throw fileError('ENOTREG', `${path} is not a regular file`);
    if (info.size > maxBytes) throw fileError('EFBIG', `${path} is too large`, { size: info.size });
    const chunks: Uint8Array[] = [];
    let total = 0;
    // The stat size plus one byte, to see the end of the file in the first two reads.
    let want = Math.min(info.size + 1, maxBytes + 1);
    for (;;) {
      const chunk = new Uint8Array(want);
      const { bytesRead } = await handle.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw fileError('EFBIG', `${path} is too large`, { size: total });
      want = Math.min(READ_CHUNK, maxBytes + 1 - total);
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
}

const READ_CHUNK = 1 << 16;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function wrapHandle(handle: fsp.FileHandle): WritableFile {
  return {
    // writeFile loops until every byte is written; handle.write may stop short.
    write: (bytes) => handle.writeFile(bytes),
    sync: () => handle.sync(),
    chmod: (mode) => handle.chmod(mode),
    chown: (uid, gid) => handle.chown(uid, gid),
    stat: async () => toFileStat(await handle.stat()),
    close: () => handle.close(),
  };
}

function toFileStat(stats: {
  size: number;
  mtimeMs: number;
  mode: number;
  uid: number;
  gid: number;
  isFile(): boolean;
  isDirectory(): boolean;
}): FileStat {
  const kind: FileKind = stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  return {
    kind,
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    mode: stats.mode & 0o7777,
    uid: stats.uid,
    gid: stats.gid,
  };
}

/** The Node error code of a failure (`ENOENT`, `EPERM`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** A one-line description of a failure, for messages shown to the user. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const IN_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  ENOTREG: 'it is not a regular file (a device, pipe or socket)',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'the path runs through a loop of symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EBUSY: 'the file is in use by another program',
  EFBIG: 'it is larger than the 20 MB a config file may be',
};

/** Why a file operation failed, in words a user understands (Node's own text otherwise). */
export function failureInWords(error: unknown): string {
  return IN_WORDS[errorCode(error) ?? ''] ?? errorMessage(error);
}
