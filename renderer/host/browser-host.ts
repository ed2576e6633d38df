import type { EventName, EventPayload, Host, OpenedDocument } from '../../shared/ipc/contract.ts';
import { analyzeText } from '../../shared/analyze.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { sampleDocument } from '../../shared/sample-config.ts';
import { bytesOf, download, pickFile, readPickedFile, stampOf } from './browser-files.ts';
import { askConfirmDiscard } from './confirm-discard.ts';
import { recalledRecent, recentFiles, rememberRecent } from './recent-files.ts';

interface WritableHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: BufferSource): Promise<void>; close(): Promise<void> }>;
}
type SavePicker = (options: { suggestedName: string }) => Promise<WritableHandle>;

type AnyListener = (payload: never) => void;

/** The Host for plain Chromium: file input and drop to open, File System Access or download to save. */
export function createBrowserHost(): Host {
  const listeners = new Map<EventName, Set<AnyListener>>();
  const handles = new Map<string, WritableHandle>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    for (const l of listeners.get(event) ?? []) (l as (p: EventPayload<E>) => void)(payload);
  };

  const opened = (document: OpenedDocument) => {
    rememberRecent(document);
    return { status: 'opened' as const, document };
  };

  listenForDrops((file) => {
    void readPickedFile(file).then((read) => {
      if (read.ok) emit('app:document-opened', opened(read.document).document);
    });
  });

  const write = async (name: string, text: string, bom: boolean, as: boolean) => {
    const bytes = bytesOf(text, bom);
    const picker = (window as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
    let handle = as ? undefined : handles.get(name);
    if (handle === undefined && picker !== undefined) {
      try {
        handle = await picker({ suggestedName: name });
      } catch (error) {
        if ((error as Error).name === 'AbortError') return { status: 'canceled' as const };
      }
    }
    if (handle !== undefined) {
      const w = await handle.createWritable();
      await w.write(bytes);
      await w.close();
      handles.set(handle.name, handle);
    } else {
      download(bytes, name);
    }
    const savedName = handle?.name ?? name;
    return {
      status: 'saved' as const,
      path: savedName,
      name: savedName,
      stamp: await stampOf(bytes),
    };
  };

  return {
    kind: 'browser',
    async openDocument() {
      const file = await pickFile();
      if (file === undefined) return { status: 'canceled' };
      const read = await readPickedFile(file);
      return read.ok ? opened(read.document) : { status: 'failed', message: read.message };
    },
    openRecent({ path }) {
      const doc = recalledRecent(path);
      return Promise.resolve(
        doc === undefined
          ? { status: 'failed', message: `${path} is no longer remembered; open it again.` }
          : opened(doc),
      );
    },
    openSample: () => Promise.resolve({ status: 'opened', document: sampleDocument() }),
    saveDocument: (r) => write(r.path ?? 'config.json', r.text, r.bom ?? false, r.path === null),
    saveDocumentAs: (r) => write(r.path ?? 'config.json', r.text, r.bom ?? false, true),
    exportConfig(r) {
      const result = exportConfig(analyzeText(r.text), { expandInheritance: r.expandInheritance });
      if (!result.ok) return Promise.resolve({ status: 'failed', message: result.message });
      download(bytesOf(result.text, false), r.suggestedName);
      return Promise.resolve({ status: 'exported', path: r.suggestedName });
    },
    recentFiles: () => Promise.resolve(recentFiles()),
    confirmDiscard: ({ name }) => askConfirmDiscard(name),
    documentState({ name, edited }) {
      document.title = `${edited ? '● ' : ''}${name} — Spark Config Editor`;
      return Promise.resolve(null);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}

function listenForDrops(onFile: (file: File) => void): void {
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files') === true) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (file === undefined) return;
    e.preventDefault();
    onFile(file);
  });
}
