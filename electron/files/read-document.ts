import { decodeUtf8 } from '../../shared/encoding.ts';
import type { DocumentStamp } from './document-stamp.ts';
import { stampOf } from './document-stamp.ts';
import type { FileSystem } from './file-system.ts';
import { errorCode, failureInWords, nodeFileSystem } from './file-system.ts';

/** The decoded text of a file, whether it had a byte order mark, and its stamp for conflict checks. */
export interface ReadDocumentSuccess {
  readonly ok: true;
  readonly text: string;
  readonly bom: boolean;
  readonly stamp: DocumentStamp;
}

/** Why a file could not be opened, with a message for the user. */
export interface ReadDocumentFailure {
  readonly ok: false;
  readonly reason: 'too-large' | 'encoding' | 'not-found' | 'not-a-file' | 'io';
  readonly message: string;
}

/** Options for `readDocument`. */
export interface ReadDocumentOptions {
  readonly maxBytes?: number;
  readonly fs?: FileSystem;
}

/** Larger files are surely not a trading config, and would freeze the editor. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Reads and decodes a config file as strict UTF-8; never throws. */
export async function readDocument(
  path: string,
  opts: ReadDocumentOptions = {},
): Promise<ReadDocumentSuccess | ReadDocumentFailure> {
  const fs = opts.fs ?? nodeFileSystem();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // Refused before a byte is read: a FIFO would block forever, `/dev/zero` never ends.
    const stat = await fs.stat(path);
    if (stat.kind !== 'file') return notAFile(path, stat.kind);
    if (stat.size > maxBytes) return tooLarge(path, stat.size, maxBytes);
    const bytes = await fs.readFile(path, maxBytes);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return { ok: false, reason: 'encoding', message: decoded.message };
    return { ok: true, text: decoded.text, bom: decoded.bom, stamp: stampOf(bytes, stat.mtimeMs) };
  } catch (error) {
    return readFailure(path, error, maxBytes);
  }
}

function readFailure(path: string, error: unknown, maxBytes: number): ReadDocumentFailure {
  switch (errorCode(error)) {
    case 'ENOENT':
      return { ok: false, reason: 'not-found', message: `${path} does not exist.` };
    case 'EFBIG':
      // The file grew past the limit after it was checked.
      return tooLarge(path, sizeOf(error) ?? maxBytes + 1, maxBytes);
    case 'EISDIR':
      return notAFile(path, 'directory');
    case 'ENOTREG':
      return notAFile(path, 'other');
    default:
      return {
        ok: false,
        reason: 'io',
        message: `Could not read ${path}: ${failureInWords(error)}.`,
      };
  }
}

function sizeOf(error: unknown): number | undefined {
  const size = (error as { size?: unknown }).size;
  return typeof size === 'number' ? size : undefined;
}

function notAFile(path: string, kind: 'directory' | 'other'): ReadDocumentFailure {
  const message =
    kind === 'directory'
      ? `${path} is a folder, not a config file.`
      : `${path} is not a regular file but a device, pipe or socket; it was not read.`;
  return { ok: false, reason: 'not-a-file', message };
}

function tooLarge(path: string, size: number, maxBytes: number): ReadDocumentFailure {
  let [shownSize, shownLimit] = [formatSize(size), formatSize(maxBytes)];
  // Rounding can make a file just over the limit look equal to it.
  if (shownSize === shownLimit) [shownSize, shownLimit] = [`${size} bytes`, `${maxBytes} bytes`];
  return {
    ok: false,
    reason: 'too-large',
    message: `${path} is ${shownSize}, more than the ${shownLimit} limit for a config file.`,
  };
}

/** A byte count in the unit a person would use: `512 bytes`, `1.5 KB`, `20 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}
