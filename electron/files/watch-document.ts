import type { FSWatcher } from 'chokidar';
import { watch } from 'chokidar';
import { dirname, resolve } from 'node:path';
import type { DocumentStamp } from './document-stamp.ts';
import { stampOf } from './document-stamp.ts';
import type { FileSystem } from './file-system.ts';
import { nodeFileSystem } from './file-system.ts';

/** What happened to the open file on disk. */
export type DocumentEvent =
  { readonly type: 'changed'; readonly stamp: DocumentStamp } | { readonly type: 'deleted' };

/** A running watch on one file. */
export interface DocumentWatcher {
  /** Resolves once changes are being reported. */
  readonly ready: Promise<void>;
  /** Records bytes we saved ourselves, so their arrival on disk is not reported as a change. */
  noteOwnWrite(stamp: DocumentStamp): void;
  close(): Promise<void>;
}

/** Options for `watchDocument`. */
export interface WatchDocumentOptions {
  /** The stamp the editor read; without it the file is read once at start. */
  readonly knownStamp?: DocumentStamp | null;
  /** How long a file must stay still before a change is reported, so half-written saves are not. */
  readonly stabilityThresholdMs?: number;
  readonly onError?: (error: unknown) => void;
  readonly fs?: FileSystem;
}

/** Reports changes to a file's content made by other programs, one event per save. */
export function watchDocument(
  path: string,
  onEvent: (event: DocumentEvent) => void,
  opts: WatchDocumentOptions = {},
): DocumentWatcher {
  const fs = opts.fs ?? nodeFileSystem();
  const state = { known: opts.knownStamp?.sha256 ?? null, closed: false };
  let queue = Promise.resolve();
  // One check at a time, in event order, so a burst of events cannot report a stale stamp last.
  const checkSoon = (): void => {
    queue = queue
      .then(() => reportChange(fs, path, state, onEvent))
      .catch((error: unknown) => opts.onError?.(error));
  };
  const watcher = watchFolderOf(path, opts.stabilityThresholdMs ?? 50);
  watcher.on('add', checkSoon).on('change', checkSoon);
  watcher.on('unlink', () => {
    if (state.closed) return;
    state.known = null;
    onEvent({ type: 'deleted' });
  });
  watcher.on('error', (error) => opts.onError?.(error));
  const started = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  const baseline =
    opts.knownStamp !== undefined ? Promise.resolve() : readBaseline(fs, path, state);
  return {
    ready: Promise.all([started, baseline]).then(() => undefined),
    noteOwnWrite: (stamp) => {
      state.known = stamp.sha256;
    },
    close: async () => {
      state.closed = true;
      await watcher.close();
    },
  };
}

/** Watches the one file through its folder, reporting it even when it is replaced. */
function watchFolderOf(path: string, stabilityThresholdMs: number): FSWatcher {
  const file = resolve(path);
  const dir = dirname(file);
  // Watching the folder, not the file: a file watch misses a new file written right after the
  // old one was moved away, as editors with backup copies do.
  return watch(dir, {
    depth: 0,
    ignored: (candidate) => candidate !== dir && resolve(candidate) !== file,
    ignoreInitial: true,
    // Editors that save by delete-and-rename produce `change`, not `unlink` then `add`.
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: stabilityThresholdMs, pollInterval: 10 },
  });
}

interface WatchState {
  /** Hash of the content the editor knows is on disk: last read, last reported, or own save. */
  known: string | null;
  closed: boolean;
}

async function readBaseline(fs: FileSystem, path: string, state: WatchState): Promise<void> {
  const stamp = await readStamp(fs, path);
  // An event or an own write may have set it while we were reading; that is newer.
  state.known ??= stamp?.sha256 ?? null;
}

async function reportChange(
  fs: FileSystem,
  path: string,
  state: WatchState,
  onEvent: (event: DocumentEvent) => void,
): Promise<void> {
  const stamp = await readStamp(fs, path);
  // Content we already know of: a touch, a duplicate event, or our own save.
  if (state.closed || stamp === null || stamp.sha256 === state.known) return;
  state.known = stamp.sha256;
  onEvent({ type: 'changed', stamp });
}

async function readStamp(fs: FileSystem, path: string): Promise<DocumentStamp | null> {
  try {
    const stat = await fs.stat(path);
    return stampOf(await fs.readFile(path), stat.mtimeMs);
  } catch {
    // Gone or unreadable for a moment: the `unlink` event, or the next change, tells the rest.
    return null;
  }
}
