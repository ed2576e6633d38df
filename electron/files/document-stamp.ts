import { createHash } from 'node:crypto';

/** What we knew about a file when we last read or wrote it, to notice changes made by others. */
export interface DocumentStamp {
  readonly mtimeMs: number;
  readonly size: number;
  readonly sha256: string;
}

/** The SHA-256 of some bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Builds the stamp of bytes just read from or written to disk with the given modification time. */
export function stampOf(bytes: Uint8Array, mtimeMs: number): DocumentStamp {
  return { mtimeMs, size: bytes.length, sha256: sha256Hex(bytes) };
}

/**
 * Whether two stamps describe the same content; the modification time is ignored because a
 * `touch` or a checkout of identical bytes loses nothing if we overwrite it.
 */
export function sameContent(a: DocumentStamp, b: DocumentStamp): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}
