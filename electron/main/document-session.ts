import { basename } from 'node:path';
import type {
  ConfirmDiscardReplySchema,
  FileStamp,
  OpenedDocument,
  ReplyOf,
} from '../../shared/ipc/contract.ts';
import type { z } from 'zod';
import { encodeUtf8 } from '../../shared/encoding.ts';
import { SAMPLE_CONFIG_NAME, sampleDocument } from '../../shared/sample-config.ts';
import type { FileSystem } from '../files/file-system.ts';
import { readDocument } from '../files/read-document.ts';
import { saveDocument } from '../files/save-document.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import type { Handlers, ParsedRequestOf } from './ipc-handlers.ts';
import type { PrepareExport } from './prepare-export.ts';
import { prepareExportInProcess } from './prepare-export.ts';
import type { RecentFiles } from './recent-files.ts';
import type { TrustedPaths } from './trusted-paths.ts';
import { memoryTrustedPaths } from './trusted-paths.ts';

/** The native dialogs the session asks the user through; each resolves null when canceled. */
export interface SessionDialogs {
  chooseFileToOpen(): Promise<string | null>;
  chooseSavePath(suggestedName: string, currentPath: string | null): Promise<string | null>;
  chooseExportPath(suggestedName: string, currentPath: string | null): Promise<string | null>;
  confirmDiscard(name: string): Promise<z.output<typeof ConfirmDiscardReplySchema>>;
}

/** The file the window shows, as the shell knows it. */
export interface CurrentFile {
  readonly path: string | null;
  readonly stamp: FileStamp | null;
}

/** What the rest of the shell hears from the session. */
export interface SessionListeners {
  /** Another file (or none) is now open, or the open one was saved: watch it. */
  readonly onCurrentFile?: (file: CurrentFile) => void;
  /** The renderer reported its title and unsaved state. */
  readonly onState?: (state: ParsedRequestOf<'app:document-state'>) => void;
  /** A save or save-as ended: `saved` is false when it was canceled, refused or failed. */
  readonly onSaveFinished?: (saved: boolean) => void;
}

/** What a document session is built from. */
export interface SessionDeps {
  readonly dialogs: SessionDialogs;
  readonly recent: RecentFiles;
  readonly listeners?: SessionListeners;
  readonly fs?: FileSystem;
  /** Where exports are read and checked; in process unless given (the app uses a worker). */
  readonly prepareExport?: PrepareExport;
  /** The files chosen in any session, persisted by the app; this session's only by default. */
  readonly trusted?: TrustedPaths;
}

type OpenReply = ReplyOf<'app:open-document'>;
type SaveReply = ReplyOf<'app:save-document'>;
type SaveRequest = ParsedRequestOf<'app:save-document'>;

/** The window's document: the IPC handlers, plus opening files that arrive from outside. */
export interface DocumentSession {
  readonly handlers: Handlers;
  /** Opens a file from the command line, a second launch, macOS `open-file` or a drop. */
  openPath(path: string): Promise<OpenReply>;
  /**
   * Adopts a document restored from a hot-exit backup, so it can be saved where it came from,
   * and only there, after the disk-change check, when that file was chosen in an earlier session.
   */
  adopt(document: OpenedDocument): void;
  /** Whether a file was chosen by the user, in this session or an earlier one. */
  isTrusted(path: string): boolean;
  current(): CurrentFile;
}

/** What every handler of one session shares: its dependencies and the files chosen so far. */
interface Session {
  readonly deps: SessionDeps;
  readonly listeners: SessionListeners;
  readonly fileOpts: { fs?: FileSystem };
  readonly prepareExport: PrepareExport;
  /** The files the user chose in this session: the renderer may name no other. */
  readonly chosen: Set<string>;
  /** The stamps restored documents came back with: their saves always check the disk. */
  readonly restoredStamps: Map<string, FileStamp>;
  readonly trusted: TrustedPaths;
  current: CurrentFile;
}

/**
 * Creates the session. The renderer names files only by paths the user chose here (dialogs,
 * Open Recent, files given from outside): a save to any other path is refused.
 */
export function createDocumentSession(deps: SessionDeps): DocumentSession {
  const session: Session = {
    deps,
    listeners: deps.listeners ?? {},
    fileOpts: deps.fs ? { fs: deps.fs } : {},
    prepareExport: deps.prepareExport ?? prepareExportInProcess,
    chosen: new Set(),
    restoredStamps: new Map(),
    trusted: deps.trusted ?? memoryTrustedPaths(),
    current: { path: null, stamp: null },
  };
  const { dialogs, recent } = deps;
  const handlers: Handlers = {
    'app:open-document': async () => {
      const path = await dialogs.chooseFileToOpen();
      return path === null ? { status: 'canceled' } : openPath(session, path);
    },
    'app:open-recent': ({ path }) => openRecent(session, path),
    'app:open-sample': () => {
      setCurrent(session, { path: null, stamp: null });
      return { status: 'opened', document: sampleDocument() };
    },
    'app:save-document': (request) => finished(session, save(session, request)),
    'app:save-document-as': (request) => finished(session, saveAs(session, request)),
    'app:export-config': (request) => exportTo(session, request),
    'app:recent-files': () => recent.list().map((file) => ({ path: file.path, name: file.name })),
    'app:confirm-discard': ({ name }) => dialogs.confirmDiscard(name),
    'app:document-state': (state) => {
      session.listeners.onState?.(checkedState(session, state));
      return null;
    },
  };
  return {
    handlers,
    openPath: (path) => openPath(session, path),
    adopt: (document) => adopt(session, document),
    current: () => session.current,
    isTrusted: (path) => session.trusted.has(path),
  };
}

function setCurrent(session: Session, file: CurrentFile): void {
  session.current = file;
  session.listeners.onCurrentFile?.(file);
}

async function choose(session: Session, path: string): Promise<void> {
  session.chosen.add(path);
  await session.trusted.add(path);
  await session.deps.recent.add(path);
}

async function openPath(session: Session, path: string): Promise<OpenReply> {
  const read = await readDocument(path, session.fileOpts);
  if (!read.ok) {
    if (read.reason === 'not-found') await session.deps.recent.remove(path);
    return { status: 'failed', message: read.message };
  }
  await choose(session, path);
  const { text, bom, stamp } = read;
  setCurrent(session, { path, stamp });
  return { status: 'opened', document: { path, name: basename(path), text, bom, stamp } };
}

function openRecent(session: Session, path: string): Promise<OpenReply> | OpenReply {
  const known =
    session.chosen.has(path) || session.deps.recent.list().some((file) => file.path === path);
  if (!known) return { status: 'failed', message: `${path} is not a recently opened file.` };
  return openPath(session, path);
}

async function writeTo(
  session: Session,
  path: string,
  request: SaveRequest,
  stamp: FileStamp | null,
): Promise<SaveReply> {
  const bytes = encodeUtf8(request.text, request.bom);
  const result = await saveDocument(path, bytes, stamp, {
    ...session.fileOpts,
    overwrite: request.overwrite,
  });
  if (result.ok) {
    await choose(session, path);
    setCurrent(session, { path, stamp: result.stamp });
    const saved = { status: 'saved', path, name: basename(path), stamp: result.stamp } as const;
    return result.warnings.length === 0 ? saved : { ...saved, warning: result.warnings.join(' ') };
  }
  if (result.reason === 'conflict') {
    const disk = await readDocument(path, session.fileOpts);
    return { status: 'conflict', message: result.message, diskText: disk.ok ? disk.text : null };
  }
  return { status: 'failed', message: result.message };
}

function save(session: Session, request: SaveRequest): Promise<SaveReply> {
  if (request.path === null) return saveAs(session, request);
  if (!session.chosen.has(request.path)) {
    const message = `${request.path} was not opened in this window.`;
    return Promise.resolve({ status: 'failed', message });
  }
  // A restored document is always checked against the disk, whatever stamp comes back.
  const stamp = request.stamp ?? session.restoredStamps.get(request.path) ?? null;
  return writeTo(session, request.path, request, stamp);
}

async function saveAs(session: Session, request: SaveRequest): Promise<SaveReply> {
  const name =
    request.path === null ? suggestedFileName(SAMPLE_CONFIG_NAME) : basename(request.path);
  const path = await session.deps.dialogs.chooseSavePath(name, request.path);
  if (path === null) return { status: 'canceled' };
  // The user chose this file in the save dialog, which already asked about replacing it.
  return writeTo(session, path, { ...request, overwrite: true }, null);
}

async function finished(session: Session, reply: Promise<SaveReply>): Promise<SaveReply> {
  const result = await reply;
  session.listeners.onSaveFinished?.(result.status === 'saved');
  return result;
}

async function exportTo(
  session: Session,
  request: ParsedRequestOf<'app:export-config'>,
): Promise<ReplyOf<'app:export-config'>> {
  const { text, expandInheritance, suggestedName } = request;
  const result = await session.prepareExport({ text, expandInheritance });
  if (!result.ok) return { status: 'failed', message: result.message };
  const dialogs = session.deps.dialogs;
  const path = await dialogs.chooseExportPath(suggestedName || 'config.json', session.current.path);
  if (path === null) return { status: 'canceled' };
  const bytes = encodeUtf8(result.text, false);
  const written = await writeFileAtomic(path, bytes, session.fileOpts);
  if (!written.ok) return { status: 'failed', message: written.message };
  return written.warning === null
    ? { status: 'exported', path }
    : { status: 'exported', path, warning: written.warning };
}

/**
 * The state as the hot-exit backup may keep it: the backup's path comes from the renderer, so
 * it is kept only for a file chosen here; otherwise the unsaved text is backed up as untitled.
 */
function checkedState(
  session: Session,
  state: ParsedRequestOf<'app:document-state'>,
): ParsedRequestOf<'app:document-state'> {
  const path = state.backup?.path ?? null;
  if (state.backup === undefined || path === null || session.chosen.has(path)) return state;
  return { ...state, backup: { ...state.backup, path: null, stamp: null } };
}

/** A restored document keeps its path only for a file chosen before, with a stamp to check. */
function adopt(session: Session, document: OpenedDocument): void {
  const { path, stamp } = document;
  if (path !== null && stamp !== null && session.trusted.has(path)) {
    session.chosen.add(path);
    session.restoredStamps.set(path, stamp);
    setCurrent(session, { path, stamp });
  } else {
    setCurrent(session, { path: null, stamp: null });
  }
}

/** `example-config.jsonc` → `config.json`: an untitled document is saved as a plain config by default. */
function suggestedFileName(name: string): string {
  return name === SAMPLE_CONFIG_NAME ? 'config.json' : name;
}
