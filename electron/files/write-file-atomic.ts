import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FileStat, FileSystem, WritableFile } from './file-system.ts';
import { errorCode, errorMessage, nodeFileSystem } from './file-system.ts';

/** The steps of an atomic write, in order; a failure names the one that failed. */
export type WriteStep =
  'stat' | 'open' | 'write' | 'chmod' | 'fsync' | 'close' | 'rename' | 'sync-dir';

/** Options for `writeFileAtomic`. */
export interface WriteFileAtomicOptions {
  readonly fs?: FileSystem;
  /** A mode to give the file, `null` for the process default, absent to keep the existing file's. */
  readonly mode?: number | null;
  /** Pauses before each retry of a rename refused with EPERM, EBUSY or EACCES. */
  readonly renameRetryDelaysMs?: readonly number[];
}

/** The file was replaced; `stat` describes the bytes now on disk. */
export interface WriteFileAtomicSuccess {
  readonly ok: true;
  readonly stat: FileStat;
}

/** The write failed; `committed` says whether the new content had already replaced the file. */
export interface WriteFileAtomicFailure {
  readonly ok: false;
  readonly step: WriteStep;
  readonly committed: boolean;
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

/** Replaces a file's content so that a crash leaves either the old or the new bytes; never throws. */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  opts: WriteFileAtomicOptions = {},
): Promise<WriteFileAtomicSuccess | WriteFileAtomicFailure> {
  const fs = opts.fs ?? nodeFileSystem();
  const temp = tempPathFor(path);
  let committed = false;
  try {
    const mode = opts.mode !== undefined ? opts.mode : await at('stat', existingMode(fs, path));
    const stat = await writeTemp(fs, temp, bytes, mode);
    const delays = opts.renameRetryDelaysMs ?? DEFAULT_RENAME_RETRY_DELAYS_MS;
    await at('rename', renameWithRetry(fs, temp, path, delays), () => fs.unlink(temp));
    committed = true;
    await at('sync-dir', syncDirectory(fs, dirname(path)));
    return { ok: true, stat };
  } catch (error) {
    const step = error instanceof StepFailure ? error.step : 'write';
    const message = `Could not write ${path}: ${STEP_NAMES[step]} failed (${errorMessage(error)}).`;
    return { ok: false, step, committed, message };
  }
}

const STEP_NAMES: Record<WriteStep, string> = {
  stat: 'reading the current file mode',
  open: 'creating the temporary file',
  write: 'writing the temporary file',
  chmod: 'copying the file mode',
  fsync: 'flushing the temporary file to disk',
  close: 'closing the temporary file',
  rename: 'replacing the file',
  'sync-dir': 'flushing the folder to disk',
};

/** Writes and flushes the temporary file, removing it again if any step fails. */
async function writeTemp(
  fs: FileSystem,
  temp: string,
  bytes: Uint8Array,
  mode: number | null,
): Promise<FileStat> {
  // Created with the final mode so a 0o600 file's secrets are never readable by others.
  const file = await at('open', fs.createExclusive(temp, mode ?? 0o666));
  let open = true;
  const discard = async (): Promise<void> => {
    if (open) await file.close();
    await fs.unlink(temp);
  };
  await at('write', file.write(bytes), discard);
  // Before the fsync, so the new mode is flushed with the data.
  if (mode !== null) await at('chmod', file.chmod(mode), discard);
  const stat = await at('fsync', syncAndStat(file), discard);
  open = false;
  await at('close', file.close(), discard);
  return stat;
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

async function existingMode(fs: FileSystem, path: string): Promise<number | null> {
  try {
    return (await fs.stat(path)).mode;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
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
