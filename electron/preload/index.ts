import { contextBridge, ipcRenderer } from 'electron';
import type {
  Channel,
  EventName,
  EventPayload,
  Host,
  ReplyOf,
  RequestOf,
} from '../../shared/ipc/contract.ts';

// Runs sandboxed, before the page. The page gets `window.sparkHost`: one named function per
// channel of the contract and `on()` for its events, never `ipcRenderer` itself.

type Listener = (payload: unknown) => void;

// Named here, not read from EVENTS, so the preload does not bundle zod; the check below fails
// to compile if the contract gains an event this list lacks.
const EVENT_NAMES = [
  'app:document-opened',
  'app:menu-command',
  'app:file-changed-on-disk',
] as const;
const everyEvent: Exclude<EventName, (typeof EVENT_NAMES)[number]> extends never ? true : never =
  true;
void everyEvent;
// Menu commands are momentary; a document or a disk change sent before the page subscribed
// (the file to open at start) is kept until it does.
const KEPT_UNTIL_SUBSCRIBED = new Set<EventName>([
  'app:document-opened',
  'app:file-changed-on-disk',
]);

const listeners = new Map<EventName, Set<Listener>>(
  EVENT_NAMES.map((name) => [name, new Set<Listener>()]),
);
const waiting = new Map<EventName, unknown[]>();

for (const name of EVENT_NAMES) {
  ipcRenderer.on(name, (_event, payload: unknown) => {
    const current = listeners.get(name);
    if (current && current.size > 0) current.forEach((listener) => listener(payload));
    else if (KEPT_UNTIL_SUBSCRIBED.has(name))
      waiting.set(name, [...(waiting.get(name) ?? []), payload]);
  });
}

function on<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const set = listeners.get(event);
  if (!set || typeof listener !== 'function')
    throw new Error(`sparkHost.on: unknown event ${String(event)}`);
  const wrapped: Listener = (payload) => listener(payload as EventPayload<E>);
  set.add(wrapped);
  const queued = waiting.get(event) ?? [];
  waiting.delete(event);
  queueMicrotask(() => queued.forEach(wrapped));
  return () => {
    set.delete(wrapped);
  };
}

function invoke<C extends Channel>(channel: C): (request: RequestOf<C>) => Promise<ReplyOf<C>> {
  return (request) => ipcRenderer.invoke(channel, request) as Promise<ReplyOf<C>>;
}

const host: Host = {
  kind: 'electron',
  openDocument: invoke('app:open-document'),
  openRecent: invoke('app:open-recent'),
  openSample: invoke('app:open-sample'),
  saveDocument: invoke('app:save-document'),
  saveDocumentAs: invoke('app:save-document-as'),
  exportConfig: invoke('app:export-config'),
  recentFiles: invoke('app:recent-files'),
  confirmDiscard: invoke('app:confirm-discard'),
  documentState: invoke('app:document-state'),
  on,
};

contextBridge.exposeInMainWorld('sparkHost', host);
