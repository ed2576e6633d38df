import type { Host, OpenedDocument, ReplyOf } from '../../shared/ipc/contract.ts';
import { diskEvent, diskStore, isEdited } from './disk-store.ts';
import { uiStore } from './ui-store.ts';
import { documentStore } from './stores.ts';
import { notify } from './notifications.ts';
import { previewKeyOf, recalledPreview } from './preview-memory.ts';

let current: Host | undefined;

/** Sets the host chosen at startup (see install-host.ts for the events it is followed on). */
export function setHost(host: Host): void {
  current = host;
}

/** The host installed at startup. */
export function host(): Host {
  if (current === undefined) throw new Error('installHost() was not called');
  return current;
}

/** True when leaving the document loses nothing (saved, discarded, or nothing to lose). */
async function mayLeave(): Promise<boolean> {
  const s = documentStore.getSnapshot();
  if (s.meta === null || !isEdited()) return true;
  const choice = await host().confirmDiscard({ name: s.meta.name });
  if (choice === 'cancel') return false;
  if (choice === 'save') return save(false);
  return true;
}

/** Shows a document; one restored from a hot-exit backup (`edited`) counts as unsaved. */
function loadDocument(doc: OpenedDocument): void {
  diskEvent({ type: 'opened', restored: doc.edited === true });
  documentStore.open(doc);
  uiStore.set({
    selection: { kind: 'global' },
    filter: '',
    preview: recalledPreview(previewKeyOf(doc.path)),
  });
}

/** A document the shell opened from outside (command line, second launch, drop, restore). */
export async function replaceDocument(doc: OpenedDocument): Promise<void> {
  if (await mayLeave()) loadDocument(doc);
}

async function follow(reply: Promise<ReplyOf<'app:open-document'>>): Promise<void> {
  const r = await reply;
  if (r.status === 'opened') loadDocument(r.document);
  else if (r.status === 'failed') notify('error', r.message);
}

/** Open…: asks the host for a file (after confirming unsaved changes). */
export async function openDocument(): Promise<void> {
  if (await mayLeave()) await follow(host().openDocument({}));
}

/** Opens the built-in example (the guide's mixed-inheritance pattern). */
export async function openSample(): Promise<void> {
  if (await mayLeave()) await follow(host().openSample({}));
}

/** Reopens a recent file. */
export async function openRecent(path: string): Promise<void> {
  if (await mayLeave()) await follow(host().openRecent({ path }));
}

/** Closes the document (after confirming unsaved changes); with none open, the desktop window. */
export async function closeDocument(): Promise<void> {
  if (documentStore.getSnapshot().meta === null) {
    if (host().kind === 'electron') window.close();
    return;
  }
  if (!(await mayLeave())) return;
  documentStore.close();
  diskEvent({ type: 'closed' });
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Saves (or Save As…); true when the text was written. `overwrite` replaces the file whatever
 * it holds now; by default only when the trader chose to keep their text over the disk's.
 * A conflict opens the save-conflict question and writes nothing. Saves run one at a time, so
 * a second Ctrl+S sends the stamp the first one wrote, not a stale one that would conflict.
 */
export function save(as: boolean, overwrite?: boolean): Promise<boolean> {
  const run = saving.then(() => saveNow(as, overwrite ?? diskStore.get().overwrite));
  saving = run.catch(() => undefined);
  return run;
}

async function saveNow(as: boolean, overwrite: boolean): Promise<boolean> {
  documentStore.flush();
  const s = documentStore.getSnapshot();
  if (s.meta === null) return false;
  const request = {
    path: s.meta.path,
    text: s.text,
    bom: s.meta.bom,
    stamp: s.meta.stamp,
    overwrite,
  };
  const reply = await (as ? host().saveDocumentAs(request) : host().saveDocument(request));
  if (reply.status === 'saved') {
    documentStore.saved(request.text, { path: reply.path, name: reply.name, stamp: reply.stamp });
    diskEvent({ type: 'in-sync' });
    // As for Export: a save that worked with a warning says so, as a warning.
    if (reply.warning === undefined) notify('success', `Saved ${reply.name}`);
    else notify('warning', `Saved ${reply.name}. ${reply.warning}`);
    return true;
  }
  if (reply.status === 'conflict') diskEvent({ type: 'save-conflict', diskText: reply.diskText });
  if (reply.status === 'failed') notify('error', reply.message);
  return false;
}

/** Asks the host to export the document as validated, strict JSON (the host owns the export). */
export async function exportDocument(expandInheritance: boolean): Promise<boolean> {
  const s = documentStore.getSnapshot();
  const base = (s.meta?.name ?? 'config.json').replace(/\.jsonc?$/i, '');
  const reply = await host().exportConfig({
    text: s.text,
    suggestedName: `${base}.validated.json`,
    expandInheritance,
  });
  if (reply.status === 'exported')
    notify(reply.warning ? 'warning' : 'success', reply.warning ?? `Exported ${reply.path}`);
  if (reply.status === 'failed') notify('error', reply.message);
  return reply.status === 'exported';
}
