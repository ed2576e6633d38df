import type { Host } from '../../shared/ipc/contract.ts';
import { diskStore, isEdited } from './disk-store.ts';
import type { DocumentState } from './document-state.ts';
import { documentStateOf, whenToReport } from './document-state.ts';
import { documentStore } from './stores.ts';

/** The pause after typing before the backup text goes to the shell (which writes it 1 s later). */
export const BACKUP_DELAY_MS = 300;

/**
 * Keeps the shell told of the title, the unsaved mark and, while unsaved, the text to keep for
 * hot exit. Changes made together (open, then its disk status) are reported once.
 */
export function reportDocumentState(host: Pick<Host, 'documentState'>): void {
  let last: DocumentState | null = null;
  let queued = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = (): DocumentState => {
    const s = documentStore.getSnapshot();
    return documentStateOf(s.meta, s.text, isEdited());
  };
  const send = (): void => {
    clearTimeout(timer);
    timer = undefined;
    last = current();
    void host.documentState(last);
  };
  const check = (): void => {
    queued = false;
    const when = whenToReport(last, current());
    if (when === 'now') send();
    else if (when === 'soon') {
      clearTimeout(timer);
      timer = setTimeout(send, BACKUP_DELAY_MS);
    }
  };
  const changed = (): void => {
    if (queued) return;
    queued = true;
    queueMicrotask(check);
  };
  documentStore.subscribe(changed);
  diskStore.subscribe(changed);
}
