import type { Host, OpenedDocument, ReplyOf } from '../../shared/ipc/contract.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { uiStore } from '../ui/ui-store.ts';
import { documentStore } from './stores.ts';
import { notify } from './notifications.ts';

let current: Host | undefined;

/** Installs the host chosen at startup and follows documents it opens from outside. */
export function installHost(host: Host): void {
  current = host;
  host.on('app:document-opened', (doc) => void replaceDocument(doc));
  documentStore.subscribe(reportState);
}

/** The host installed at startup. */
export function host(): Host {
  if (current === undefined) throw new Error('installHost() was not called');
  return current;
}

let lastState = '';
function reportState(): void {
  const s = documentStore.getSnapshot();
  const name = s.meta?.name ?? 'Spark Config Editor';
  const edited = s.meta !== null && s.text !== s.savedText;
  const key = `${name}\u0000${edited}`;
  if (key === lastState) return;
  lastState = key;
  void host().documentState({ name, edited });
}

/** True when leaving the document loses nothing (saved, discarded, or nothing to lose). */
async function mayLeave(): Promise<boolean> {
  const s = documentStore.getSnapshot();
  if (s.meta === null || s.text === s.savedText) return true;
  const choice = await host().confirmDiscard({ name: s.meta.name });
  if (choice === 'cancel') return false;
  if (choice === 'save') return save(false);
  return true;
}

async function replaceDocument(doc: OpenedDocument): Promise<void> {
  if (!(await mayLeave())) return;
  documentStore.open(doc);
  uiStore.set({ selection: { kind: 'global' }, filter: '' });
}

async function follow(reply: Promise<ReplyOf<'app:open-document'>>): Promise<void> {
  const r = await reply;
  if (r.status === 'opened') {
    documentStore.open(r.document);
    uiStore.set({ selection: { kind: 'global' }, filter: '' });
  } else if (r.status === 'failed') notify('error', r.message);
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

/** Saves (or Save As…); true when the text was written. */
export async function save(as: boolean): Promise<boolean> {
  documentStore.flush();
  const s = documentStore.getSnapshot();
  if (s.meta === null) return false;
  const request = {
    path: s.meta.path,
    text: s.text,
    bom: s.meta.bom,
    stamp: s.meta.stamp,
    overwrite: false,
  };
  const reply = await (as ? host().saveDocumentAs(request) : host().saveDocument(request));
  if (reply.status === 'saved') {
    documentStore.saved(request.text, { path: reply.path, name: reply.name, stamp: reply.stamp });
    notify('success', `Saved ${reply.name}`);
    return true;
  }
  if (reply.status === 'failed' || reply.status === 'conflict') notify('error', reply.message);
  return false;
}

/** Writes the validated, strict-JSON config through the host. */
export async function exportDocument(expandInheritance: boolean): Promise<boolean> {
  documentStore.flush();
  const s = documentStore.getSnapshot();
  const result = exportConfig(s.analysis, { expandInheritance });
  if (!result.ok) {
    notify('error', result.message);
    return false;
  }
  const base = (s.meta?.name ?? 'config.json').replace(/\.jsonc?$/i, '');
  const reply = await host().exportConfig({
    text: result.text,
    suggestedName: `${base}.validated.json`,
    expandInheritance,
  });
  if (reply.status === 'exported') notify('success', `Exported ${reply.path}`);
  if (reply.status === 'failed') notify('error', reply.message);
  return reply.status === 'exported';
}
