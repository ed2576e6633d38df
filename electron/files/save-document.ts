import { basename } from 'node:path';
import { createBackup, pruneBackups } from './backups.ts';
import type { DocumentStamp } from './document-stamp.ts';
import { sameContent, stampOf } from './document-stamp.ts';
import type { FileStat, FileSystem } from './file-system.ts';
import { errorCode, errorMessage, failureInWords, nodeFileSystem } from './file-system.ts';
import type { WriteFileAtomicFailure, WriteStep } from './write-file-atomic.ts';
import { DEFAULT_MAX_BYTES } from './read-document.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** The steps of a save; a failure names the one that failed. */
export type SaveStep = 'check' | 'backup' | WriteStep;

/** Options for `saveDocument`. */
export interface SaveDocumentOptions {
  /** Skip the conflict check: the user chose to overwrite the version on disk. */
  readonly overwrite?: boolean;
  /** How many `.backup.*` copies of the file to keep; default 5. */
  readonly keepBackups?: number;
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly renameRetryDelaysMs?: readonly number[];
}

/** The file now holds the new bytes; `stamp` identifies them for the next save's conflict check. */
export interface SaveDocumentSuccess {
  readonly ok: true;
  readonly stamp: DocumentStamp;
  readonly backupPath: string | null;
  /** Problems that did not stop the save, such as an old backup that could not be deleted. */
  readonly warnings: readonly string[];
}

/** Someone else changed or deleted the file since we read it; `disk` is what is there now. */
export interface SaveDocumentConflict {
  readonly ok: false;
  readonly reason: 'conflict';
  readonly disk: DocumentStamp | null;
  readonly message: string;
}

/** The save failed at `step`; the file on disk is unchanged. */
export interface SaveDocumentFailure {
  readonly ok: false;
  readonly reason: 'io';
  readonly step: SaveStep;
  readonly message: string;
}

/** The result of `saveDocument`. */
export type SaveDocumentResult = SaveDocumentSuccess | SaveDocumentConflict | SaveDocumentFailure;

const DEFAULT_KEEP_BACKUPS = 5;

/** Saves a config file safely: conflict check, timestamped backup, then an atomic replace; never throws. */
export async function saveDocument(
  path: string,
  bytes: Uint8Array,
  expectedStamp: DocumentStamp | null,
  opts: SaveDocumentOptions = {},
): Promise<SaveDocumentResult> {
  const fs = opts.fs ?? nodeFileSystem();
  let step: SaveStep = 'check';
  let backupPath: string | null = null;
  try {
    const disk = await inspect(fs, path, expectedStamp !== null && opts.overwrite !== true);
    if (expectedStamp && opts.overwrite !== true && !isUnchanged(disk, expectedStamp)) {
      return conflict(path, disk?.stamp ?? null);
    }
    step = 'backup';
    if (disk) backupPath = await createBackup(fs, disk.target, (opts.now ?? (() => new Date()))());
    const written = await writeFileAtomic(disk?.target ?? path, bytes, {
      fs,
      mode: disk?.stat.mode ?? null,
      ...(opts.renameRetryDelaysMs && { renameRetryDelaysMs: opts.renameRetryDelaysMs }),
    });
    if (!written.ok) return await undo(fs, backupPath, written);
    const stamp = stampOf(bytes, written.stat.mtimeMs);
    const durability = written.warning === null ? [] : [written.warning];
    if (!disk) return { ok: true, stamp, backupPath, warnings: durability };
    const pruned = await prune(fs, disk.target, backupPath, opts.keepBackups);
    return { ok: true, stamp, ...pruned, warnings: [...durability, ...pruned.warnings] };
  } catch (error) {
    if (backupPath) await fs.unlink(backupPath).catch(() => undefined);
    return {
      ok: false,
      reason: 'io',
      step,
      message: `Could not save ${path}: ${failureInWords(error)}`,
    };
  }
}

interface DiskState {
  /** The file the path points at, so saving through a symlink replaces the target, not the link. */
  readonly target: string;
  readonly stat: FileStat;
  readonly stamp: DocumentStamp | null;
}

/** Looks at the file to be replaced; `null` if it does not exist. */
async function inspect(fs: FileSystem, path: string, hash: boolean): Promise<DiskState | null> {
  let target: string;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const stat = await fs.stat(target);
  // Checked before the backup copy: copying from a FIFO would wait forever for a writer.
  if (stat.kind !== 'file')
    throw new Error(
      'it is not a regular file (a folder, device, pipe or socket); it was left as it is.',
    );
  // Read for the conflict check within the size limit: a huge file is not a config to replace.
  const stamp = hash ? stampOf(await fs.readFile(target, DEFAULT_MAX_BYTES), stat.mtimeMs) : null;
  return { target, stat, stamp };
}

function isUnchanged(disk: DiskState | null, expected: DocumentStamp): boolean {
  return disk?.stamp != null && sameContent(disk.stamp, expected);
}

function conflict(path: string, disk: DocumentStamp | null): SaveDocumentConflict {
  const what = disk ? 'was changed by another program' : 'was deleted or moved by another program';
  return { ok: false, reason: 'conflict', disk, message: `${path} ${what} since it was opened.` };
}

/** After a failed write (the file is untouched), removes the backup made for it. */
async function undo(
  fs: FileSystem,
  backupPath: string | null,
  failure: WriteFileAtomicFailure,
): Promise<SaveDocumentFailure> {
  if (backupPath) await fs.unlink(backupPath).catch(() => undefined);
  return { ok: false, reason: 'io', step: failure.step, message: failure.message };
}

async function prune(
  fs: FileSystem,
  target: string,
  backupPath: string | null,
  keep = DEFAULT_KEEP_BACKUPS,
): Promise<Pick<SaveDocumentSuccess, 'backupPath' | 'warnings'>> {
  try {
    const { removed, failed } = await pruneBackups(fs, target, keep);
    const kept = backupPath !== null && !removed.includes(basename(backupPath));
    const warnings = failed.map((problem) => `Could not delete an old backup: ${problem}`);
    return { backupPath: kept ? backupPath : null, warnings };
  } catch (error) {
    return { backupPath, warnings: [`Could not clean up old backups: ${errorMessage(error)}`] };
  }
}
