import type { EventPayload } from '../../shared/ipc/contract.ts';
import { minimalEdit } from '../../shared/edits/text-edit.ts';
import { host, save } from '../state/host-commands.ts';
import { notify } from '../state/notifications.ts';
import { documentStore } from '../state/stores.ts';
import { uiStore } from '../state/ui-store.ts';
import { diskEvent, diskStore } from '../state/disk-store.ts';

/** `app:file-changed-on-disk`: the banner, or nothing when the disk already holds the editor's text. */
export function fileChangedOnDisk(change: EventPayload<'app:file-changed-on-disk'>): void {
  const s = documentStore.getSnapshot();
  if (s.meta === null) return;
  if (change.deleted) diskEvent({ type: 'deleted-on-disk' });
  else if (change.diskText === s.text) void reloadFromDisk({ quiet: true });
  else diskEvent({ type: 'changed-on-disk', diskText: change.diskText });
}

/**
 * Takes the file's text from disk as one undoable step (Undo brings the trader's text back),
 * with a fresh stamp so the next save does not conflict. Without a file, back to the text
 * last saved.
 */
export async function reloadFromDisk({ quiet = false } = {}): Promise<void> {
  const meta = documentStore.getSnapshot().meta;
  if (meta === null) return;
  closeCompare();
  if (meta.path === null || host().kind !== 'electron') {
    takeText(documentStore.getSnapshot().savedText);
    diskEvent({ type: 'in-sync' });
    return;
  }
  const reply = await host().openRecent({ path: meta.path });
  if (reply.status !== 'opened') {
    if (reply.status === 'failed') notify('error', reply.message);
    return;
  }
  const { text, stamp, bom, name } = reply.document;
  const replaced = takeText(text);
  documentStore.saved(text, { stamp, bom });
  diskEvent({ type: 'in-sync' });
  if (replaced && !quiet) notify('info', `Reloaded ${name} from disk. Undo brings your text back.`);
}

/** Revert: the file as it is on disk (or, untitled, as last saved), undoably. */
export function revert(): Promise<void> {
  return reloadFromDisk();
}

/** Keep mine: the editor's text stays, counts as unsaved, and the next save replaces the file. */
export function keepMine(): void {
  closeCompare();
  diskEvent({ type: 'kept-mine' });
}

/** Hides the "deleted" banner; the document stays unsaved. */
export function dismissNotice(): void {
  diskEvent({ type: 'notice-dismissed' });
}

/** Opens the compare view (disk text left, editor text right) in place of the JSON view. */
export function compareWithDisk(): void {
  const status = diskStore.get();
  const notice = status.notice?.kind === 'changed' ? status.notice.diskText : null;
  const diskText = status.conflict?.diskText ?? notice;
  if (diskText === null) return;
  const returnTo = status.compare?.returnTo ?? uiStore.get().view;
  diskEvent({ type: 'compare', diskText, returnTo });
  uiStore.set({ view: 'json' });
}

/** Leaves the compare view, back to the view it was opened from. */
export function closeCompare(): void {
  const compare = diskStore.get().compare;
  if (compare === null) return;
  diskEvent({ type: 'compare-closed' });
  if (uiStore.get().view === 'json') uiStore.set({ view: compare.returnTo });
}

/** Save conflict › Overwrite: writes the editor's text over the file's. */
export async function overwriteDisk(): Promise<void> {
  diskEvent({ type: 'conflict-dismissed' });
  closeCompare();
  await save(false, true);
}

/** Save conflict › Cancel: nothing is written; the banner stays. */
export function dismissConflict(): void {
  diskEvent({ type: 'conflict-dismissed' });
}

/** Replaces the document's text as one undoable step; false when it was already that text. */
function takeText(text: string): boolean {
  const edits = minimalEdit(documentStore.getSnapshot().text, text);
  documentStore.edit(edits);
  return edits.length > 0;
}
