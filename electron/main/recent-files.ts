import { basename } from 'node:path';
import { z } from 'zod';
import type { FileSystem } from '../files/file-system.ts';
import { settingsFile } from './settings-file.ts';

/** How many files File › Open Recent lists. */
export const MAX_RECENT_FILES = 10;

/** One entry of Open Recent. */
export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

const recentFilesSchema = z.array(z.object({ path: z.string().min(1), name: z.string() }));

/** The list with `path` first, once, at most {@link MAX_RECENT_FILES} long. */
export function addRecentFile(list: readonly RecentFile[], path: string): RecentFile[] {
  const rest = list.filter((entry) => entry.path !== path);
  return [{ path, name: basename(path) }, ...rest].slice(0, MAX_RECENT_FILES);
}

/** The list without `path`. */
export function removeRecentFile(list: readonly RecentFile[], path: string): RecentFile[] {
  return list.filter((entry) => entry.path !== path);
}

/** Open Recent, kept in memory and mirrored to a settings file. */
export interface RecentFiles {
  list(): readonly RecentFile[];
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
}

/** Loads the recent files from `file` (a corrupt file means an empty list) and keeps it updated. */
export async function loadRecentFiles(
  file: string,
  onChange: (list: readonly RecentFile[]) => void = () => undefined,
  fs?: FileSystem,
): Promise<RecentFiles> {
  const store = settingsFile<RecentFile[]>(file, recentFilesSchema, [], fs);
  let list: readonly RecentFile[] = (await store.read()).slice(0, MAX_RECENT_FILES);
  const update = async (next: readonly RecentFile[]): Promise<void> => {
    list = next;
    onChange(list);
    await store.write([...list]);
  };
  return {
    list: () => list,
    add: (path) => update(addRecentFile(list, path)),
    remove: (path) => update(removeRecentFile(list, path)),
    clear: () => update([]),
  };
}
