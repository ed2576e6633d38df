import { basename } from 'node:path';
import type { DocumentStateSchema, OpenedDocument, ReplyOf } from '../../shared/ipc/contract.ts';
import type { z } from 'zod';
import { SAMPLE_CONFIG_NAME } from '../../shared/sample-config.ts';
import type { HotExitEntry, HotExitStore } from '../files/hot-exit.ts';
import { sampleDocument } from '../../shared/sample-config.ts';

type OpenReply = ReplyOf<'app:open-document'>;

/**
 * Keeps the unsaved text (the store writes it a second after typing stops); forgets it once
 * clean. `docId` is one per run, so a new run never overwrites an older run's unrestored backup.
 */
export function backUpDocumentState(
  store: Pick<HotExitStore, 'schedule' | 'clear'>,
  docId: string,
  state: z.output<typeof DocumentStateSchema>,
): void {
  if (!state.edited) {
    void store.clear(docId);
    return;
  }
  if (!state.backup) return;
  const { path, text, bom, stamp } = state.backup;
  store.schedule(docId, { path, text, bom, savedStamp: stamp });
}

/** A hot-exit entry as a document to offer back: opened as edited, on top of the file it came from. */
export function restoredDocument(entry: HotExitEntry): OpenedDocument {
  return {
    path: entry.path,
    name: entry.path === null ? SAMPLE_CONFIG_NAME : basename(entry.path),
    text: entry.text,
    bom: entry.bom,
    stamp: entry.savedStamp,
    edited: true,
  };
}

/** The newest recoverable document; unreadable or corrupt entries are skipped, never fatal. */
export async function findRestorable(store: HotExitStore): Promise<HotExitEntry | null> {
  try {
    const { entries } = await store.list();
    return entries[0] ?? null;
  } catch {
    return null;
  }
}

/** What choosing the first document needs. */
export interface FirstDocumentDeps {
  readonly store: HotExitStore;
  readonly runDocId: string;
  /** Asks whether to restore the unsaved changes to `name`. */
  readonly offerRestore: (name: string) => Promise<boolean>;
  readonly adopt: (document: OpenedDocument) => void;
  /** The file given on the command line or by the OS, if any. */
  readonly fileToOpen: () => string | null;
  readonly openPath: (path: string) => Promise<OpenReply>;
  readonly showError: (message: string) => void;
}

/**
 * The document the window starts with: unsaved changes from a crash if the user restores them,
 * else the file given at launch, else the built-in sample.
 */
export async function chooseFirstDocument(deps: FirstDocumentDeps): Promise<OpenedDocument> {
  const restorable = await findRestorable(deps.store);
  if (restorable && (await deps.offerRestore(restorable.path ?? SAMPLE_CONFIG_NAME))) {
    const document = restoredDocument(restorable);
    deps.adopt(document);
    // Kept under this run's id before the old entry goes, so a crash now still loses nothing.
    deps.store.schedule(deps.runDocId, {
      path: document.path,
      text: document.text,
      bom: document.bom,
      savedStamp: document.stamp,
    });
    await deps.store.flush();
    await deps.store.clear(restorable.docId);
    return document;
  }
  if (restorable) await deps.store.clear(restorable.docId);
  const file = deps.fileToOpen();
  if (file !== null) {
    const reply = await deps.openPath(file);
    if (reply.status === 'opened') return reply.document;
    if (reply.status === 'failed') deps.showError(reply.message);
  }
  return sampleDocument();
}
