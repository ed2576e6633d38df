import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** What the file service needs to know about a file on disk. */
export interface FileStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly mode: number;
}

/** A file opened for writing; every operation is a separate step that can fail on its own. */
export interface WritableFile {
  write(bytes: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  stat(): Promise<FileStat>;
  close(): Promise<void>;
}

/** The file operations the save, read and hot-exit code use, so tests can inject faults into each. */
export interface FileSystem {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
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

/** Returns the real file system, backed by `node:fs/promises`. */
export function nodeFileSystem(): FileSystem {
  return {
    realpath: (path) => fsp.realpath(path),
    stat: async (path) => toFileStat(await fsp.stat(path)),
    readFile: async (path) => new Uint8Array(await fsp.readFile(path)),
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

function wrapHandle(handle: fsp.FileHandle): WritableFile {
  return {
    // writeFile loops until every byte is written; handle.write may stop short.
    write: (bytes) => handle.writeFile(bytes),
    sync: () => handle.sync(),
    chmod: (mode) => handle.chmod(mode),
    stat: async () => toFileStat(await handle.stat()),
    close: () => handle.close(),
  };
}

function toFileStat(stats: { size: number; mtimeMs: number; mode: number }): FileStat {
  return { size: stats.size, mtimeMs: stats.mtimeMs, mode: stats.mode & 0o7777 };
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
