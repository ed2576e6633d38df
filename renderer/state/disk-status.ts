import type { ViewMode } from './ui-store.ts';

/** What the banner says about the file on disk. */
export type DiskNotice =
  { readonly kind: 'changed'; readonly diskText: string | null } | { readonly kind: 'deleted' };

/** Why the document counts as unsaved although its text may equal the text last saved. */
export type UnsavedReason = 'restored' | 'deleted' | 'kept-mine';

/** The open file as it stands on disk, next to the editor's text. */
export interface DiskStatus {
  /** The banner: another program changed or removed the file. */
  readonly notice: DiskNotice | null;
  /** The save-conflict question is open. */
  readonly conflict: { readonly diskText: string | null } | null;
  /** The compare view: the disk text against the editor's, and the view to go back to. */
  readonly compare: { readonly diskText: string; readonly returnTo: ViewMode } | null;
  readonly unsaved: UnsavedReason | null;
  /** The next save replaces the file whatever it holds: the trader chose to keep their text. */
  readonly overwrite: boolean;
}

/** Something that happened to the document or the file, or what the trader chose. */
export type DiskEvent =
  | { readonly type: 'opened'; readonly restored: boolean }
  | { readonly type: 'closed' }
  | { readonly type: 'changed-on-disk'; readonly diskText: string | null }
  | { readonly type: 'deleted-on-disk' }
  | { readonly type: 'save-conflict'; readonly diskText: string | null }
  | { readonly type: 'conflict-dismissed' }
  | { readonly type: 'notice-dismissed' }
  | { readonly type: 'compare'; readonly diskText: string; readonly returnTo: ViewMode }
  | { readonly type: 'compare-closed' }
  | { readonly type: 'kept-mine' }
  | { readonly type: 'in-sync' };

export const IN_SYNC: DiskStatus = {
  notice: null,
  conflict: null,
  compare: null,
  unsaved: null,
  overwrite: false,
};

/** The status after an event; `in-sync` is a save or a reload: editor and disk agree again. */
export function diskStatusAfter(status: DiskStatus, event: DiskEvent): DiskStatus {
  switch (event.type) {
    case 'opened':
      return { ...IN_SYNC, unsaved: event.restored ? 'restored' : null };
    case 'closed':
    case 'in-sync':
      return IN_SYNC;
    case 'changed-on-disk':
      return {
        ...status,
        notice: { kind: 'changed', diskText: event.diskText },
        // The file is back (or changed again): a choice made about the old version no longer holds.
        unsaved:
          status.unsaved === 'deleted' || status.unsaved === 'kept-mine' ? null : status.unsaved,
        overwrite: false,
        compare:
          status.compare && event.diskText !== null
            ? { ...status.compare, diskText: event.diskText }
            : status.compare,
      };
    case 'deleted-on-disk':
      // Saving writes the file again: there is nothing on disk to protect.
      return {
        ...status,
        notice: { kind: 'deleted' },
        compare: null,
        unsaved: 'deleted',
        overwrite: true,
      };
    case 'save-conflict':
      return {
        ...status,
        conflict: { diskText: event.diskText },
        notice:
          event.diskText === null
            ? { kind: 'deleted' }
            : { kind: 'changed', diskText: event.diskText },
        overwrite: false,
      };
    case 'conflict-dismissed':
      return { ...status, conflict: null };
    case 'notice-dismissed':
      return { ...status, notice: null };
    case 'compare':
      return {
        ...status,
        conflict: null,
        compare: { diskText: event.diskText, returnTo: event.returnTo },
      };
    case 'compare-closed':
      return { ...status, compare: null };
    case 'kept-mine':
      return {
        ...status,
        notice: null,
        conflict: null,
        compare: null,
        unsaved: 'kept-mine',
        overwrite: true,
      };
  }
}

/** True when closing the document would lose something: edited text, or text not on disk. */
export function isUnsaved(textEdited: boolean, status: DiskStatus): boolean {
  return textEdited || status.unsaved !== null;
}
