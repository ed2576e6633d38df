import { basename } from 'node:path';
import type {
  ConfirmDiscardReplySchema,
  FileStamp,
  OpenedDocument,
  ReplyOf,
} from '../../shared/ipc/contract.ts';
import type { z } from 'zod';
import { encodeUtf8 } from '../../shared/encoding.ts';
import { SAMPLE_CONFIG_NAME, SAMPLE_CONFIG_TEXT } from '../../shared/sample-config.ts';
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

/** The built-in example, as an untitled document. */
export function sampleDocument(): OpenedDocument {
  return {
    path: null,
    name: SAMPLE_CONFIG_NAME,
    text: SAMPLE_CONFIG_TEXT,
    bom: false,
    stamp: null,
  };
}

/**
 * Creates the session. The renderer names files only by paths the user chose here (dialogs,
 * Open Recent, files given from outside): a save to any other path is refused.
 */
export function createDocumentSession(deps: SessionDeps): DocumentSession {
  const { dialogs, recent, listeners = {}, prepareExport = prepareExportInProcess } = deps;
  const fileOpts = deps.fs ? { fs: deps.fs } : {};
  const chosen = new Set<string>();
  const restoredStamps = new Map<string, FileStamp>();
  const trusted = deps.trusted ?? memoryTrustedPaths();
  const choose = async (path: string): Promise<void> => {
    chosen.add(path);
    await trusted.add(path);
  };
  let current: CurrentFile = { path: null, stamp: null };
  const setCurrent = (file: CurrentFile): void => {
    current = file;
    listeners.onCurrentFile?.(file);
  };

  const openPath = async (path: string): Promise<OpenReply> => {
    const read = await readDocument(path, fileOpts);
    if (!read.ok) {
      if (read.reason === 'not-found') await recent.remove(path);
      return { status: 'failed', message: read.message };
    }
    await choose(path);
    await recent.add(path);
    const document = {
      path,
      name: basename(path),
      text: read.text,
      bom: read.bom,
      stamp: read.stamp,
    };
    setCurrent({ path, stamp: read.stamp });
    return { status: 'opened', document };
  };

  const writeTo = async (
    path: string,
    request: SaveRequest,
    stamp: FileStamp | null,
  ): Promise<SaveReply> => {
    const bytes = encodeUtf8(request.text, request.bom);
    const result = await saveDocument(path, bytes, stamp, {
      ...fileOpts,
      overwrite: request.overwrite,
    });
    if (result.ok) {
      await choose(path);
      await recent.add(path);
      setCurrent({ path, stamp: result.stamp });
      return { status: 'saved', path, name: basename(path), stamp: result.stamp };
    }
    if (result.reason === 'conflict') {
      const disk = await readDocument(path, fileOpts);
      return { status: 'conflict', message: result.message, diskText: disk.ok ? disk.text : null };
    }
    return { status: 'failed', message: result.message };
  };

  const saveAs = async (request: SaveRequest): Promise<SaveReply> => {
    const name =
      request.path === null ? suggestedFileName(SAMPLE_CONFIG_NAME) : basename(request.path);
    const path = await dialogs.chooseSavePath(name, request.path);
    if (path === null) return { status: 'canceled' };
    // The user chose this file in the save dialog, which already asked about replacing it.
    return writeTo(path, { ...request, overwrite: true }, null);
  };

  const finished = async (reply: Promise<SaveReply>): Promise<SaveReply> => {
    const result = await reply;
    listeners.onSaveFinished?.(result.status === 'saved');
    return result;
  };

  const handlers: Handlers = {
    'app:open-document': async () => {
      const path = await dialogs.chooseFileToOpen();
      return path === null ? { status: 'canceled' } : openPath(path);
    },
    'app:open-recent': ({ path }) => {
      const known = chosen.has(path) || recent.list().some((file) => file.path === path);
      if (!known) return { status: 'failed', message: `${path} is not a recently opened file.` };
      return openPath(path);
    },
    'app:open-sample': () => {
      setCurrent({ path: null, stamp: null });
      return { status: 'opened', document: sampleDocument() };
    },
    'app:save-document': (request) => {
      if (request.path === null) return finished(saveAs(request));
      if (!chosen.has(request.path)) {
        return finished(
          Promise.resolve({
            status: 'failed',
            message: `${request.path} was not opened in this window.`,
          }),
        );
      }
      // A restored document is always checked against the disk, whatever stamp comes back.
      const stamp = request.stamp ?? restoredStamps.get(request.path) ?? null;
      return finished(writeTo(request.path, request, stamp));
    },
    'app:save-document-as': (request) => finished(saveAs(request)),
    'app:export-config': async (request) => {
      const result = await prepareExport({
        text: request.text,
        expandInheritance: request.expandInheritance,
      });
      if (!result.ok) return { status: 'failed', message: result.message };
      const path = await dialogs.chooseExportPath(
        request.suggestedName || 'config.json',
        current.path,
      );
      if (path === null) return { status: 'canceled' };
      const written = await writeFileAtomic(path, new TextEncoder().encode(result.text), fileOpts);
      if (!written.ok) return { status: 'failed', message: written.message };
      return written.warning === null
        ? { status: 'exported', path }
        : { status: 'exported', path, warning: written.warning };
    },
    'app:recent-files': () => recent.list().map((file) => ({ path: file.path, name: file.name })),
    'app:confirm-discard': ({ name }) => dialogs.confirmDiscard(name),
    'app:document-state': (state) => {
      // The backup's path comes from the renderer: kept only for a file chosen here, else the
      // unsaved text is backed up as untitled.
      const path = state.backup?.path ?? null;
      const backup =
        state.backup && path !== null && !chosen.has(path)
          ? { ...state.backup, path: null, stamp: null }
          : state.backup;
      listeners.onState?.(backup === undefined ? state : { ...state, backup });
      return null;
    },
  };
  const adopt = (document: OpenedDocument): void => {
    const saveable =
      document.path !== null && document.stamp !== null && trusted.has(document.path);
    if (saveable && document.path !== null && document.stamp !== null) {
      chosen.add(document.path);
      restoredStamps.set(document.path, document.stamp);
    }
    setCurrent(
      saveable ? { path: document.path, stamp: document.stamp } : { path: null, stamp: null },
    );
  };
  return { handlers, openPath, adopt, current: () => current, isTrusted: (p) => trusted.has(p) };
}

/** `example-config.jsonc` → `config.json`: an untitled document is saved as a plain config by default. */
function suggestedFileName(name: string): string {
  return name === SAMPLE_CONFIG_NAME ? 'config.json' : name;
}
