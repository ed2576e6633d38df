import type { RequestOf } from '../../shared/ipc/contract.ts';
import type { DocumentMeta } from './document-store.ts';

/** What `app:document-state` tells the shell: title, unsaved mark, and the text to back up. */
export type DocumentState = RequestOf<'app:document-state'>;

/** The window's name while no document is open. */
export const NO_DOCUMENT_NAME = 'Spark Config Editor';

/** The state to report: an unsaved document carries its text for hot exit; a clean one does not. */
export function documentStateOf(
  meta: DocumentMeta | null,
  text: string,
  edited: boolean,
): DocumentState {
  if (meta === null) return { name: NO_DOCUMENT_NAME, edited: false };
  if (!edited) return { name: meta.name, edited: false };
  const { path, bom, stamp, name } = meta;
  return { name, edited: true, backup: { path, text, bom, stamp } };
}

/**
 * When to send `next` after `last` was sent: at once when the title or unsaved mark changes,
 * after a pause when only the text to back up does (typing), never when nothing changed.
 */
export function whenToReport(
  last: DocumentState | null,
  next: DocumentState,
): 'now' | 'soon' | 'never' {
  if (last === null || last.name !== next.name || last.edited !== next.edited) return 'now';
  const a = last.backup;
  const b = next.backup;
  if (a === undefined || b === undefined) return a === b ? 'never' : 'now';
  const same = a.text === b.text && a.path === b.path && a.bom === b.bom && a.stamp === b.stamp;
  return same ? 'never' : 'soon';
}
