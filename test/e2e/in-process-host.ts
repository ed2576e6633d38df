import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type { Channel, EventName, EventPayload } from '../../shared/ipc/contract.ts';
import { CHANNELS } from '../../shared/ipc/contract.ts';
import type { FileSystem } from '../../electron/files/file-system.ts';
import type { HotExitStore } from '../../electron/files/hot-exit.ts';
import { createHotExitStore } from '../../electron/files/hot-exit.ts';
import { readDocument } from '../../electron/files/read-document.ts';
import { watchDocument } from '../../electron/files/watch-document.ts';
import { APP_ENTRY_URL } from '../../electron/main/app-protocol.ts';
import type { DocumentSession, SessionDialogs } from '../../electron/main/document-session.ts';
import { createDocumentSession } from '../../electron/main/document-session.ts';
import type { WatchFunction } from '../../electron/main/document-watch.ts';
import { followDocument } from '../../electron/main/document-watch.ts';
import { backUpDocumentState } from '../../electron/main/hot-exit-wiring.ts';
import type { HandlerOf, ParsedRequestOf, SenderFrame } from '../../electron/main/ipc-handlers.ts';
import { invokeChecked, sendEvent } from '../../electron/main/ipc-handlers.ts';
import { loadRecentFiles } from '../../electron/main/recent-files.ts';

// The desktop shell's IPC, run in the test process: the renderer gets a `window.sparkHost`
// like the preload's, whose calls reach the REAL main-side handlers (document session, file
// service) through the same checked wrapper (sender check, zod both ways). As in main/index.ts,
// the open file is watched (changes reach the page as `app:file-changed-on-disk`) and reported
// states feed the hot-exit store. Native dialogs are answered by the test.

const RUN_DOC_ID = 'in-process-run';

type DialogName = keyof SessionDialogs;
type DialogAnswer<D extends DialogName> = Awaited<ReturnType<SessionDialogs[D]>>;

/** A shell running in-process for one page. */
export interface InProcessHost {
  readonly session: DocumentSession;
  /** Queues the answer the next native dialog of this kind gives. */
  answer<D extends DialogName>(dialog: D, value: DialogAnswer<D>): void;
  /** Every dialog shown, in order, with what it was asked. */
  readonly dialogsShown: { dialog: DialogName; args: unknown[] }[];
  /** Every call the renderer made, with its channel. */
  readonly calls: { channel: Channel; request: unknown }[];
  /** The hot-exit store the reported states are backed up to. */
  readonly hotExit: HotExitStore;
  /** Resolves once the open file's watcher reports changes. */
  watching(): Promise<void>;
  /** Sends an event to the page, checked against the contract like the real shell does. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Installs the in-process shell before the page's scripts run; call before `page.goto`. `fs`
 * replaces the file system the document session saves and exports through (to inject faults).
 */
export async function installInProcessHost(
  page: Page,
  appOrigin: string,
  fs?: FileSystem,
): Promise<InProcessHost> {
  const userData = await mkdtemp(join(tmpdir(), 'spark-host-'));
  const answers = new Map<DialogName, unknown[]>();
  const dialogsShown: InProcessHost['dialogsShown'] = [];
  const calls: InProcessHost['calls'] = [];
  const ask =
    (dialog: DialogName) =>
    (...args: unknown[]): Promise<never> => {
      dialogsShown.push({ dialog, args });
      const queue = answers.get(dialog) ?? [];
      if (queue.length === 0) throw new Error(`No answer queued for the ${dialog} dialog.`);
      return Promise.resolve(queue.shift() as never);
    };
  const dialogs: SessionDialogs = {
    chooseFileToOpen: ask('chooseFileToOpen'),
    chooseSavePath: ask('chooseSavePath'),
    chooseExportPath: ask('chooseExportPath'),
    confirmDiscard: ask('confirmDiscard'),
  };
  const recent = await loadRecentFiles(join(userData, 'recent-files.json'));
  const hotExit = createHotExitStore(join(userData, 'hot-exit'));
  let ready: Promise<void> = Promise.resolve();
  const watch: WatchFunction = (path, onEvent, opts) => {
    const watcher = watchDocument(path, onEvent, opts);
    ready = watcher.ready;
    return watcher;
  };
  const follower = followDocument(watch, readText, (payload) => {
    void emit('app:file-changed-on-disk', payload).catch(() => undefined);
  });
  const session = createDocumentSession({
    dialogs,
    recent,
    ...(fs === undefined ? {} : { fs }),
    listeners: {
      onCurrentFile: (file) => follower.follow(file),
      onState: (state) => backUpDocumentState(hotExit, RUN_DOC_ID, state),
    },
  });
  const emit: InProcessHost['emit'] = async (event, payload) => {
    const sent: { channel: string; payload: unknown }[] = [];
    sendEvent({ send: (channel, p) => sent.push({ channel, payload: p }) }, event, payload);
    for (const message of sent) {
      await page.evaluate(([c, p]) => (window as unknown as PageHostWindow).__sparkEmit(c, p), [
        message.channel,
        message.payload,
      ] as const);
    }
  };

  await page.exposeBinding(
    '__sparkInvoke',
    async ({ frame }, channel: string, request: unknown) => {
      if (!(channel in CHANNELS)) throw new Error(`Unknown channel ${channel}`);
      const c = channel as Channel;
      calls.push({ channel: c, request });
      const handler = session.handlers[c] as HandlerOf<Channel>;
      return invokeChecked(
        c,
        handler as (r: ParsedRequestOf<Channel>) => never,
        { senderFrame: senderOf(frame, appOrigin) },
        [request],
      );
    },
  );
  await page.addInitScript(installPageHost, Object.keys(CHANNELS));
  return {
    session,
    answer: (dialog, value) => answers.set(dialog, [...(answers.get(dialog) ?? []), value]),
    dialogsShown,
    calls,
    hotExit,
    watching: () => ready,
    emit,
    dispose: async () => {
      await follower.close();
      await hotExit.flush();
      await rm(userData, { recursive: true, force: true });
    },
  };
}

async function readText(path: string): Promise<string | null> {
  const read = await readDocument(path);
  return read.ok ? read.text : null;
}

/** The page's top frame at the served app's origin stands for `app://spark`; anything else is foreign. */
function senderOf(frame: Frame, appOrigin: string): SenderFrame {
  const topLevel = frame.parentFrame() === null;
  const sameOrigin = new URL(frame.url()).origin === new URL(appOrigin).origin;
  return topLevel && sameOrigin
    ? { url: APP_ENTRY_URL, parent: null }
    : { url: frame.url(), parent: frame.parentFrame() };
}

interface PageHostWindow {
  __sparkInvoke(channel: string, request: unknown): Promise<unknown>;
  __sparkEmit(event: string, payload: unknown): void;
  sparkHost: unknown;
}

/** Runs in the page: the same shape the preload exposes, over the test's binding. */
function installPageHost(channels: string[]): void {
  const w = window as unknown as PageHostWindow;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const host: Record<string, unknown> = { kind: 'electron' };
  for (const channel of channels) {
    const method = channel.slice(4).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    host[method] = (request: unknown) => w.__sparkInvoke(channel, request);
  }
  host.on = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  w.__sparkEmit = (event, payload) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  w.sparkHost = Object.freeze(host);
}
