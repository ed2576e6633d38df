import { z } from 'zod';
import type { FileSystem } from '../files/file-system.ts';
import { settingsFile } from './settings-file.ts';

/** How many chosen files are remembered; the oldest are forgotten first. */
export const MAX_TRUSTED_PATHS = 200;

/**
 * The files the user chose, in this session or an earlier one: in a dialog, from Open Recent,
 * on the command line, by a drop. Only to these may a document restored after a crash be saved:
 * its path came back from the renderer, which must never name a file on its own.
 */
export interface TrustedPaths {
  has(path: string): boolean;
  add(path: string): Promise<void>;
}

/** A set kept in memory only (tests, and the session when nothing is persisted). */
export function memoryTrustedPaths(initial: readonly string[] = []): TrustedPaths {
  const paths = new Set(initial);
  return {
    has: (path) => paths.has(path),
    add: (path) => {
      paths.add(path);
      return Promise.resolve();
    },
  };
}

/** The set, loaded from and mirrored to a settings file (a corrupt file means an empty set). */
export async function loadTrustedPaths(file: string, fs?: FileSystem): Promise<TrustedPaths> {
  const store = settingsFile<string[]>(file, z.array(z.string().min(1)), [], fs);
  let paths = (await store.read()).slice(-MAX_TRUSTED_PATHS);
  return {
    has: (path) => paths.includes(path),
    add: async (path) => {
      if (paths.at(-1) === path) return;
      paths = [...paths.filter((p) => p !== path), path].slice(-MAX_TRUSTED_PATHS);
      await store.write(paths);
    },
  };
}
