import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system.ts';
import { errorCode, errorMessage } from './file-system.ts';

/** What pruning removed, and the backups it could not remove (a warning, not a failed save). */
export interface PruneResult {
  readonly removed: readonly string[];
  readonly failed: readonly string[];
}

// Two saves within one second need distinct names; past this many something else is wrong.
const MAX_SAME_SECOND = 100;

/** Formats a time as Spark Stacker names its own backups: `YYYYMMDD_HHMMSS`, local time. */
export function backupTimestamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}`;
  return `${day}_${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

/** Copies a file to `<name>.backup.YYYYMMDD_HHMMSS` beside it (`_2`, `_3`… if taken) and returns that path. */
export async function createBackup(fs: FileSystem, path: string, now: Date): Promise<string> {
  const base = `${path}.backup.${backupTimestamp(now)}`;
  for (let n = 1; n <= MAX_SAME_SECOND; n++) {
    const candidate = n === 1 ? base : `${base}_${n}`;
    try {
      await fs.copyExclusive(path, candidate);
      return candidate;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      // The name was free, so anything now there is our partial copy.
      await fs.unlink(candidate).catch(() => undefined);
      throw error;
    }
  }
  throw new Error(`${MAX_SAME_SECOND} backups of ${basename(path)} already exist for this second.`);
}

/** Deletes all but the newest `keep` backups of a file, leaving every other file alone. */
export async function pruneBackups(
  fs: FileSystem,
  path: string,
  keep: number,
): Promise<PruneResult> {
  const dir = dirname(path);
  const backups = listBackups(await fs.readdir(dir), basename(path));
  const removed: string[] = [];
  const failed: string[] = [];
  for (const name of backups.slice(0, Math.max(0, backups.length - keep))) {
    try {
      await fs.unlink(join(dir, name));
      removed.push(name);
    } catch (error) {
      failed.push(`${name}: ${errorMessage(error)}`);
    }
  }
  return { removed, failed };
}

/** The backups of `fileName` among the names in a folder, oldest first. */
export function listBackups(names: readonly string[], fileName: string): string[] {
  const prefix = `${fileName}.backup.`;
  const keyed = names.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const match = /^(\d{8}_\d{6})(?:_(\d+))?$/.exec(name.slice(prefix.length));
    return match?.[1] ? [{ name, time: match[1], n: Number(match[2] ?? 1) }] : [];
  });
  // Numeric suffixes: `_10` is newer than `_9`, which a plain string sort gets wrong.
  keyed.sort((a, b) => (a.time === b.time ? a.n - b.n : a.time < b.time ? -1 : 1));
  return keyed.map((entry) => entry.name);
}
