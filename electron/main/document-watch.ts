import type { EventPayload } from '../../shared/ipc/contract.ts';
import type {
  DocumentEvent,
  DocumentWatcher,
  WatchDocumentOptions,
} from '../files/watch-document.ts';
import type { CurrentFile } from './document-session.ts';

/** `watchDocument` from the file service, or a fake in tests. */
export type WatchFunction = (
  path: string,
  onEvent: (event: DocumentEvent) => void,
  opts: WatchDocumentOptions,
) => DocumentWatcher;

/** Watches whichever file the window has open. */
export interface DocumentFollower {
  /** Called whenever the current file changes or is saved. */
  follow(file: CurrentFile): void;
  close(): Promise<void>;
}

/**
 * Follows the open file: a change by another program is reported with the new text (for the
 * banner's Reload / Compare / Keep mine); a deletion is reported so the document stays open
 * as unsaved. Our own saves are not reported.
 */
export function followDocument(
  watch: WatchFunction,
  readText: (path: string) => Promise<string | null>,
  notify: (payload: EventPayload<'app:file-changed-on-disk'>) => void,
): DocumentFollower {
  let watched: { path: string; watcher: DocumentWatcher } | null = null;
  const stop = async (): Promise<void> => {
    const old = watched;
    watched = null;
    await old?.watcher.close();
  };
  return {
    follow: (file) => {
      if (watched !== null && watched.path === file.path) {
        if (file.stamp) watched.watcher.noteOwnWrite(file.stamp);
        return;
      }
      void stop();
      if (file.path === null) return;
      const path = file.path;
      const onEvent = (event: DocumentEvent): void => {
        if (event.type === 'deleted') notify({ deleted: true, diskText: null });
        else void readText(path).then((diskText) => notify({ deleted: false, diskText }));
      };
      watched = {
        path,
        watcher: watch(path, onEvent, { knownStamp: file.stamp, onError: () => undefined }),
      };
    },
    close: stop,
  };
}
