import { decodeUtf8 } from '../../shared/encoding.ts';
import type { DocumentStamp } from './document-stamp.ts';
import { stampOf } from './document-stamp.ts';
import type { FileSystem } from './file-system.ts';
import { errorCode, errorMessage, nodeFileSystem } from './file-system.ts';

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
  readonly reason: 'too-large' | 'encoding' | 'not-found' | 'io';
  readonly message: string;
}

/** Options for `readDocument`. */
export interface ReadDocumentOptions {
  readonly maxBytes?: number;
  readonly fs?: FileSystem;
}

/** Larger files are surely not a trading config, and would freeze the editor. */
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Reads and decodes a config file as strict UTF-8; never throws. */
export async function readDocument(
  path: string,
  opts: ReadDocumentOptions = {},
): Promise<ReadDocumentSuccess | ReadDocumentFailure> {
  const fs = opts.fs ?? nodeFileSystem();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const stat = await fs.stat(path);
    if (stat.size > maxBytes) return tooLarge(path, stat.size, maxBytes);
    const bytes = await fs.readFile(path);
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return { ok: false, reason: 'encoding', message: decoded.message };
    return { ok: true, text: decoded.text, bom: decoded.bom, stamp: stampOf(bytes, stat.mtimeMs) };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return { ok: false, reason: 'not-found', message: `${path} does not exist.` };
    }
    return { ok: false, reason: 'io', message: `Could not read ${path}: ${errorMessage(error)}` };
  }
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
