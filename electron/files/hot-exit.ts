import { join } from 'node:path';
import { z } from 'zod';
import { sha256Hex } from './document-stamp.ts';
import type { FileSystem } from './file-system.ts';
import { errorCode, errorMessage, nodeFileSystem } from './file-system.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const stampSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The shape of one hot-exit file: an unsaved document as it was when last edited. */
const hotExitEntrySchema = z.object({
  version: z.literal(1),
  docId: z.string().min(1),
  updatedAt: z.number(),
  path: z.string().nullable(),
  text: z.string(),
  bom: z.boolean(),
  savedStamp: stampSchema.nullable(),
});

/** An unsaved document that can be restored after the app quit or crashed. */
export type HotExitEntry = z.infer<typeof hotExitEntrySchema>;

/** What the editor hands over to be kept: the file it came from (`null` if untitled) and its text. */
export type HotExitDocument = Pick<HotExitEntry, 'path' | 'text' | 'bom' | 'savedStamp'>;

/** A hot-exit file that could not be used, and why. */
export interface HotExitSkipped {
  readonly file: string;
  readonly reason: string;
}

/** The recoverable documents, newest first, and the files that were not recoverable. */
export interface HotExitList {
  readonly entries: readonly HotExitEntry[];
  readonly skipped: readonly HotExitSkipped[];
}

/** The timer functions the store debounces with, replaceable in tests. */
export interface HotExitTimer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options for `createHotExitStore`. */
export interface HotExitStoreOptions {
  readonly debounceMs?: number;
  readonly timer?: HotExitTimer;
  readonly now?: () => number;
  readonly fs?: FileSystem;
  /** A background write failed; hot exit is a safety net, so this is reported, never thrown. */
  readonly onError?: (docId: string, message: string) => void;
}

/** Keeps copies of unsaved documents in a folder so they survive a quit or a crash. */
export interface HotExitStore {
  /** Records the latest text of a document, written once edits pause. */
  schedule(docId: string, doc: HotExitDocument): void;
  /** Writes every scheduled document now, e.g. when the app quits. */
  flush(): Promise<void>;
  /** Forgets a document, e.g. once it is saved or closed without saving. */
  clear(docId: string): Promise<void>;
  list(): Promise<HotExitList>;
}

interface Pending {
  readonly entry: HotExitEntry;
  readonly handle: unknown;
}

/** Creates a hot-exit store writing one JSON file per document into `dir`. */
export function createHotExitStore(dir: string, opts: HotExitStoreOptions = {}): HotExitStore {
  const fs = opts.fs ?? nodeFileSystem();
  const timer = opts.timer ?? globalTimer();
  const pending = new Map<string, Pending>();
  const { inOrder, settled } = perDocumentQueue(opts.onError);
  const take = (docId: string): Pending | undefined => {
    const found = pending.get(docId);
    if (found) timer.clearTimeout(found.handle);
    pending.delete(docId);
    return found;
  };
  const writeNow = (docId: string): Promise<void> => {
    const found = take(docId);
    return found ? inOrder(docId, () => writeEntry(fs, dir, found.entry)) : Promise.resolve();
  };
  return {
    schedule: (docId, doc) => {
      take(docId);
      const { path, text, bom, savedStamp } = doc;
      const updatedAt = (opts.now ?? Date.now)();
      const entry: HotExitEntry = { version: 1, docId, updatedAt, path, text, bom, savedStamp };
      const handle = timer.setTimeout(() => void writeNow(docId), opts.debounceMs ?? 1000);
      pending.set(docId, { entry, handle });
    },
    flush: async () => {
      await Promise.all([...pending.keys()].map(writeNow));
      await settled();
    },
    clear: (docId) => {
      take(docId);
      return inOrder(docId, () => removeEntry(fs, dir, docId));
    },
    list: () => listEntries(fs, dir),
  };
}

/** Runs the writes and removals of one document in order, so an older write never lands last. */
function perDocumentQueue(onError: HotExitStoreOptions['onError']): {
  inOrder: (docId: string, work: () => Promise<void>) => Promise<void>;
  settled: () => Promise<void>;
} {
  const chains = new Map<string, Promise<void>>();
  return {
    inOrder: (docId, work) => {
      const next = (chains.get(docId) ?? Promise.resolve())
        .then(work)
        .catch((error: unknown) => onError?.(docId, errorMessage(error)));
      chains.set(docId, next);
      return next;
    },
    settled: async () => {
      await Promise.all(chains.values());
    },
  };
}

function globalTimer(): HotExitTimer {
  // Looked up at call time so test fake timers installed later still apply.
  return {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/** The file name for a document: a hash, so any id is a safe name and cannot escape the folder. */
export function entryFileName(docId: string): string {
  return `${sha256Hex(new TextEncoder().encode(docId)).slice(0, 32)}.json`;
}

async function writeEntry(fs: FileSystem, dir: string, entry: HotExitEntry): Promise<void> {
  await fs.mkdir(dir);
  const bytes = new TextEncoder().encode(JSON.stringify(entry));
  // The text may hold exchange API keys: readable by the user only.
  const written = await writeFileAtomic(join(dir, entryFileName(entry.docId)), bytes, {
    fs,
    mode: 0o600,
  });
  if (!written.ok) throw new Error(written.message);
}

async function removeEntry(fs: FileSystem, dir: string, docId: string): Promise<void> {
  try {
    await fs.unlink(join(dir, entryFileName(docId)));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

async function listEntries(fs: FileSystem, dir: string): Promise<HotExitList> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { entries: [], skipped: [] };
    return { entries: [], skipped: [{ file: dir, reason: errorMessage(error) }] };
  }
  const entries: HotExitEntry[] = [];
  const skipped: HotExitSkipped[] = [];
  // Dot files are temporary files of writes that never finished.
  for (const file of names.filter((name) => name.endsWith('.json') && !name.startsWith('.'))) {
    const read = await readEntry(fs, dir, file);
    if (read.ok) entries.push(read.entry);
    else skipped.push({ file, reason: read.reason });
  }
  entries.sort((a, b) => b.updatedAt - a.updatedAt);
  return { entries, skipped };
}

async function readEntry(
  fs: FileSystem,
  dir: string,
  file: string,
): Promise<{ ok: true; entry: HotExitEntry } | { ok: false; reason: string }> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      await fs.readFile(join(dir, file)),
    );
    const parsed = hotExitEntrySchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      return { ok: false, reason: `Not a hot-exit entry: ${z.prettifyError(parsed.error)}` };
    if (entryFileName(parsed.data.docId) !== file) {
      return { ok: false, reason: 'The file name does not match the document id inside.' };
    }
    return { ok: true, entry: parsed.data };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}
