import { basename } from 'node:path';
import type {
  ConfirmDiscardReplySchema,
  FileStamp,
  OpenedDocument,
  ReplyOf,
} from '../../shared/ipc/contract.ts';
import type { z } from 'zod';
import { analyzeText } from '../../shared/analyze.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { SAMPLE_CONFIG_NAME, sampleDocument } from '../../shared/sample-config.ts';
import type { FileSystem } from '../files/file-system.ts';
import { readDocument } from '../files/read-document.ts';
import { saveDocument } from '../files/save-document.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import type { Handlers, ParsedRequestOf } from './ipc-handlers.ts';
import type { RecentFiles } from './recent-files.ts';

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
}

type OpenReply = ReplyOf<'app:open-document'>;
type SaveReply = ReplyOf<'app:save-document'>;
type SaveRequest = ParsedRequestOf<'app:save-document'>;

/** The window's document: the IPC handlers, plus opening files that arrive from outside. */
export interface DocumentSession {
  readonly handlers: Handlers;
  /** Opens a file from the command line, a second launch, macOS `open-file` or a drop. */
  openPath(path: string): Promise<OpenReply>;
  /** Adopts a document restored from a hot-exit backup, so it can be saved where it came from. */
  adopt(document: OpenedDocument): void;
  current(): CurrentFile;
}

/**
 * Creates the session. The renderer names files only by paths the user chose here (dialogs,
 * Open Recent, files given from outside): a save to any other path is refused.
 */
export function createDocumentSession(deps: SessionDeps): DocumentSession {
  const { dialogs, recent, listeners = {} } = deps;
  const fileOpts = deps.fs ? { fs: deps.fs } : {};
  const chosen = new Set<string>();
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
    chosen.add(path);
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
    const bytes = encode(request.text, request.bom);
    const result = await saveDocument(path, bytes, stamp, {
      ...fileOpts,
      overwrite: request.overwrite,
    });
    if (result.ok) {
      chosen.add(path);
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
      return finished(writeTo(request.path, request, request.stamp));
    },
    'app:save-document-as': (request) => finished(saveAs(request)),
    'app:export-config': async (request) => {
      const result = exportConfig(analyzeText(request.text), {
        expandInheritance: request.expandInheritance,
      });
      if (!result.ok) return { status: 'failed', message: result.message };
      const path = await dialogs.chooseExportPath(
        request.suggestedName || 'config.json',
        current.path,
      );
      if (path === null) return { status: 'canceled' };
      const written = await writeFileAtomic(path, new TextEncoder().encode(result.text), fileOpts);
      return written.ok
        ? { status: 'exported', path }
        : { status: 'failed', message: written.message };
    },
    'app:recent-files': () => recent.list().map((file) => ({ path: file.path, name: file.name })),
    'app:confirm-discard': ({ name }) => dialogs.confirmDiscard(name),
    'app:document-state': (state) => {
      listeners.onState?.(state);
      return null;
    },
  };
  const adopt = (document: OpenedDocument): void => {
    if (document.path !== null) chosen.add(document.path);
    setCurrent({ path: document.path, stamp: document.stamp });
  };
  return { handlers, openPath, adopt, current: () => current };
}

/** The bytes to write: UTF-8, with the byte order mark the file had. */
export function encode(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

/** `example-config.jsonc` → `config.json`: an untitled document is saved as a plain config by default. */
function suggestedFileName(name: string): string {
  return name === SAMPLE_CONFIG_NAME ? 'config.json' : name;
}
