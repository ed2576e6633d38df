import { dirname } from 'node:path';
import type { z } from 'zod';
import type { FileSystem } from '../files/file-system.ts';
import { nodeFileSystem } from '../files/file-system.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** A small JSON file in the user-data folder (recent files, window state). */
export interface SettingsFile<T> {
  /** The stored value, or `fallback` when the file is missing, unreadable or corrupt. */
  read(): Promise<T>;
  /** Stores the value atomically; a failure is reported, never thrown: settings are a convenience. */
  write(value: T): Promise<boolean>;
}

/** Opens a settings file whose content must match `schema`. */
export function settingsFile<T>(
  path: string,
  schema: z.ZodType<T>,
  fallback: T,
  fs: FileSystem = nodeFileSystem(),
): SettingsFile<T> {
  return {
    read: async () => {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(path));
        const parsed = schema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : fallback;
      } catch {
        return fallback;
      }
    },
    write: async (value) => {
      try {
        await fs.mkdir(dirname(path));
        const bytes = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
        return (await writeFileAtomic(path, bytes, { fs, mode: 0o600 })).ok;
      } catch {
        return false;
      }
    },
  };
}
