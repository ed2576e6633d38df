import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FileStat, FileSystem, WritableFile } from './file-system.ts';
import {
  errorCode,
  errorMessage,
  failureInWords,
  fileError,
  nodeFileSystem,
} from './file-system.ts';

/** The steps of an atomic write, in order; a failure names the one that failed. */
export type WriteStep =
  'target' | 'stat' | 'open' | 'write' | 'chmod' | 'fsync' | 'close' | 'rename';

/** Options for `writeFileAtomic`. */
export interface WriteFileAtomicOptions {
  readonly fs?: FileSystem;
  /** A mode to give the file, `null` for the process default, absent to keep the existing file's. */
  readonly mode?: number | null;
  /** Pauses before each retry of a rename refused with EPERM, EBUSY or EACCES. */
  readonly renameRetryDelaysMs?: readonly number[];
  /** Whether a process runs, to know a temporary file of ours is left over from a killed one. */
  readonly processAlive?: (pid: number) => boolean;
}

/**
 * The file was replaced; `stat` describes the bytes now on disk. `warning` says when the folder
 * could not be flushed: the new bytes are in place but might not survive a power cut.
 */
export interface WriteFileAtomicSuccess {
  readonly ok: true;
  readonly stat: FileStat;
  readonly warning: string | null;
}

/** The write failed and the file is as it was (a failure after the rename is only a warning). */
export interface WriteFileAtomicFailure {
  readonly ok: false;
  readonly step: WriteStep;
  readonly message: string;
}

/** Windows virus scanners and indexers hold files open for a moment; these waits cover them. */
const DEFAULT_RENAME_RETRY_DELAYS_MS: readonly number[] = [20, 50, 100, 200, 400];

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
// Windows cannot open a folder for fsync, and some file systems do not support it.
const UNSYNCABLE_DIRECTORY = new Set(['EISDIR', 'EINVAL', 'EPERM']);

class StepFailure extends Error {
  constructor(
    readonly step: WriteStep,
    override readonly cause: unknown,
  ) {
    super(errorMessage(cause));
  }
}

/**
 * Replaces a file's content so that a crash leaves either the old or the new bytes; never throws.
 * A symbolic link is written through to its target (created if the link dangles); a target that
 * is not a regular file, or is read-only, is refused before anything is written.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  opts: WriteFileAtomicOptions = {},
): Promise<WriteFileAtomicSuccess | WriteFileAtomicFailure> {
  const fs = opts.fs ?? nodeFileSystem();
  try {
    const target = await at('target', resolveLinks(fs, path));
    const existing = await at('stat', existingFile(fs, target));
    await removeStaleTemps(fs, dirname(target), opts.processAlive ?? processAlive);
    const temp = tempPathFor(target);
    const mode = opts.mode !== undefined ? opts.mode : (existing?.mode ?? null);
    const stat = await writeTemp(fs, temp, bytes, mode, existing);
    const delays = opts.renameRetryDelaysMs ?? DEFAULT_RENAME_RETRY_DELAYS_MS;
    await at('rename', renameWithRetry(fs, temp, target, delays), () => fs.unlink(temp));
    return { ok: true, stat, warning: await confirmDurable(fs, target) };
  } catch (error) {
    const step = error instanceof StepFailure ? error.step : 'write';
    const cause = error instanceof StepFailure ? error.cause : error;
    const message =
      cause instanceof TargetRefused
        ? `Could not write ${path}: ${cause.message}`
        : `Could not write ${path}: ${STEP_NAMES[step]} failed (${failureInWords(cause)}).`;
    return { ok: false, step, message };
  }
}

/** The folder flush after the rename: its failure cannot undo the write, only qualify it. */
async function confirmDurable(fs: FileSystem, target: string): Promise<string | null> {
  try {
    await syncDirectory(fs, dirname(target));
    return null;
  } catch (error) {
    return `${target} was written, but its durability is not confirmed: flushing the folder to disk failed (${errorMessage(error)}).`;
  }
}

/** Why a target may not be written at all; its message is shown as it is. */
class TargetRefused extends Error {}

// As many links as Linux follows before it reports ELOOP.
const MAX_LINKS = 40;

/** The file a path finally names, following symbolic links even when the last one dangles. */
async function resolveLinks(fs: FileSystem, path: string): Promise<string> {
  let current = path;
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (error) {
      // EINVAL: not a link; ENOENT: nothing there yet, so this is the name to create.
      const code = errorCode(error);
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'UNKNOWN') return current;
      throw error;
    }
    current = resolve(dirname(current), link);
  }
  throw new TargetRefused(`${failureInWords(fileError('ELOOP', path))}; nothing was written.`);
}

/** The regular file to be replaced, `null` if there is none; anything else is refused. */
async function existingFile(fs: FileSystem, target: string): Promise<FileStat | null> {
  let stat: FileStat;
  try {
    stat = await fs.stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  if (stat.kind === 'directory')
    throw new TargetRefused('it is a folder, not a file; nothing was written.');
  if (stat.kind !== 'file')
    throw new TargetRefused(
      'it is not a regular file but a device, pipe or socket; it was left as it is.',
    );
  // As editors do: a read-only file is the owner's way of saying "do not change this".
  if ((stat.mode & 0o222) === 0)
    throw new TargetRefused(
      'the file is read-only; nothing was written. Make it writable first to replace it.',
    );
  return stat;
}

/** Our temporary names: `.<file>.tmp-<pid>-<8 hex>`. */
const TEMP_NAME = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/;

/**
 * Deletes temporary files of ours that a killed write left in the folder. Only those of a
 * process that no longer runs: another one may be writing right now. Best effort, never fails.
 */
export async function removeStaleTemps(
  fs: FileSystem,
  dir: string,
  alive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || alive(pid)) continue;
    try {
      await fs.unlink(join(dir, name));
      removed.push(name);
    } catch {
      // Someone else's file we may not delete, or already gone: leave it.
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return errorCode(error) !== 'ESRCH';
  }
}

const STEP_NAMES: Record<WriteStep, string> = {
  target: 'following the path to its file',
  stat: 'reading the current file mode',
  open: 'creating the temporary file',
  write: 'writing the temporary file',
  chmod: 'copying the file mode',
  fsync: 'flushing the temporary file to disk',
  close: 'closing the temporary file',
  rename: 'replacing the file',
};

/** Writes and flushes the temporary file, removing it again if any step fails. */
async function writeTemp(
  fs: FileSystem,
  temp: string,
  bytes: Uint8Array,
  mode: number | null,
  replaced: FileStat | null,
): Promise<FileStat> {
  // Created with the final mode so a 0o600 file's secrets are never readable by others.
  const file = await at('open', fs.createExclusive(temp, mode ?? 0o666));
  let open = true;
  const discard = async (): Promise<void> => {
    if (open) await file.close();
    await fs.unlink(temp);
  };
  await at('write', file.write(bytes), discard);
  if (replaced !== null) await keepOwner(file, replaced);
  // Before the fsync, so the new mode is flushed with the data; after chown, which clears setuid.
  if (mode !== null) await at('chmod', file.chmod(mode), discard);
  const stat = await at('fsync', syncAndStat(file), discard);
  open = false;
  await at('close', file.close(), discard);
  return stat;
}

/** Gives the new file the replaced one's owner and group, where this process has the right to. */
async function keepOwner(file: WritableFile, replaced: FileStat): Promise<void> {
  try {
    const own = await file.stat();
    if (own.uid !== replaced.uid || own.gid !== replaced.gid)
      await file.chown(replaced.uid, replaced.gid);
  } catch {
    // Without the right (not root, not in the group), the file becomes the user's: as editors do.
  }
}

async function syncAndStat(file: WritableFile): Promise<FileStat> {
  await file.sync();
  return file.stat();
}

/** Runs one step, tagging its failure with the step's name after a best-effort clean-up. */
async function at<T>(step: WriteStep, work: Promise<T>, cleanUp?: () => Promise<void>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    await cleanUp?.().catch(() => undefined);
    throw new StepFailure(step, error);
  }
}

/** A name beside the target, so the rename stays on one file system, and unique per attempt. */
export function tempPathFor(path: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.tmp-${suffix}`);
}

/** Renames a file, retrying while Windows reports it as locked by another process. */
export async function renameWithRetry(
  fs: FileSystem,
  from: string,
  to: string,
  delaysMs: readonly number[] = DEFAULT_RENAME_RETRY_DELAYS_MS,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !RETRYABLE_RENAME.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/** Flushes a folder so a rename inside it survives a crash, where the platform allows it. */
export async function syncDirectory(fs: FileSystem, dir: string): Promise<void> {
  try {
    await fs.syncDirectory(dir);
  } catch (error) {
    if (!UNSYNCABLE_DIRECTORY.has(errorCode(error) ?? '')) throw error;
  }
}
