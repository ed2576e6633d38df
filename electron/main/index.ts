import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { OpenedDocument, MenuCommand } from '../../shared/ipc/contract.ts';
import { createHotExitStore } from '../files/hot-exit.ts';
import { readDocument } from '../files/read-document.ts';
import { watchDocument } from '../files/watch-document.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol.ts';
import { createCloseFlow } from './close-flow.ts';
import { fileFromArgv } from './command-line.ts';
import type { DocumentSession } from './document-session.ts';
import { createDocumentSession } from './document-session.ts';
import { sampleDocument } from '../../shared/sample-config.ts';
import { followDocument } from './document-watch.ts';
import { backUpDocumentState, chooseFirstDocument } from './hot-exit-wiring.ts';
import { registerHandlers, sendEvent } from './ipc-handlers.ts';
import { openMainWindow, showDocumentState } from './main-window.ts';
import { menuTemplate } from './menu-template.ts';
import { denyAllPermissions, guardNavigation } from './navigation-guards.ts';
import { nativeDialogs } from './native-dialogs.ts';
import { openExternalSafely, POSITION_SIZING_GUIDE_URL } from './open-external.ts';
import { loadRecentFiles } from './recent-files.ts';
import { settingsFile } from './settings-file.ts';
import { DEFAULT_WINDOW_STATE, fitToDisplays, windowStateSchema } from './window-state.ts';
import { mainWindowOptions } from './window-options.ts';

// Wiring only: every decision is made in a plain function beside this file, tested under Node.

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const here = import.meta.dirname;
const launch = { defaultApp: process.defaultApp === true, cwd: process.cwd() };
const state = {
  window: null as BrowserWindow | null,
  quitting: false,
  theme: 'system' as 'light' | 'dark' | 'system',
};
const pendingFiles: string[] = [];
let openFromOutside: ((path: string) => void) | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  setupSingleInstance();
  setupOpenFile();
  setupWebContentsGuards();
  app.on('before-quit', () => {
    state.quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(onReady);
}

async function onReady(): Promise<void> {
  setupAppProtocol();
  denyAllPermissions(session.defaultSession);
  const userData = app.getPath('userData');
  const recent = await loadRecentFiles(join(userData, 'recent-files.json'), () => setupMenu());
  const hotExit = createHotExitStore(join(userData, 'hot-exit'));
  const runDocId = `run-${Date.now()}-${process.pid}`;
  const dialogs = nativeDialogs(dialog, () => state.window, app.getPath('documents'));
  const send = (command: MenuCommand): void => {
    if (state.window) sendEvent(state.window.webContents, 'app:menu-command', command);
  };
  const closeFlow = createCloseFlow({
    ask: () => dialogs.confirmDiscard(lastState.name),
    save: () => send('save'),
    close: () => state.window?.close(),
    quit: () => app.quit(),
    discarded: () => void hotExit.clear(runDocId),
  });
  let lastState = { name: sampleDocument().name, edited: false };
  const follower = followDocument(watchDocument, readText, (payload) => {
    if (state.window) sendEvent(state.window.webContents, 'app:file-changed-on-disk', payload);
  });
  const documentSession: DocumentSession = createDocumentSession({
    dialogs,
    recent,
    listeners: {
      onCurrentFile: (file) => follower.follow(file),
      onSaveFinished: (saved) => closeFlow.saveFinished(saved),
      onState: (docState) => {
        lastState = docState;
        backUpDocumentState(hotExit, runDocId, docState);
        closeFlow.editedChanged(docState.edited);
        if (state.window)
          showDocumentState(
            state.window,
            { ...docState, path: documentSession.current().path },
            process.platform,
          );
      },
    },
  });
  registerHandlers(ipcMain, documentSession.handlers);
  openFromOutside = (path) => void openOutside(documentSession, path);
  setupMenu = () => {
    const template = menuTemplate(
      {
        platform: process.platform,
        recent: recent.list(),
        hasFile: documentSession.current().path !== null,
        theme: state.theme,
        devTools: !app.isPackaged,
      },
      {
        command: (command) => {
          if (command.startsWith('theme-')) state.theme = command.slice(6) as typeof state.theme;
          send(command);
        },
        openRecent: (path) => openFromOutside?.(path),
        clearRecent: () => void recent.clear(),
        openGuide: () =>
          void openExternalSafely(POSITION_SIZING_GUIDE_URL, (url) => shell.openExternal(url)),
        about: () => app.showAboutPanel(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  setupMenu();
  app.setAboutPanelOptions({
    applicationName: 'Spark Config Editor',
    applicationVersion: app.getVersion(),
  });
  const firstDocument = (): Promise<OpenedDocument> =>
    chooseFirstDocument({
      store: hotExit,
      runDocId,
      offerRestore,
      adopt: (document) => documentSession.adopt(document),
      fileToOpen: () => pendingFiles.shift() ?? fileFromArgv(process.argv, launch),
      openPath: (path) => documentSession.openPath(path),
      showError: (message) => void showError(message),
    });
  const windowStore = settingsFile(
    join(userData, 'window-state.json'),
    windowStateSchema,
    DEFAULT_WINDOW_STATE,
  );
  const remembered = fitToDisplays(
    await windowStore.read(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const createWindow = (): void => {
    state.window = openMainWindow({
      create: (options) => new BrowserWindow(options),
      options: mainWindowOptions({
        preload: join(here, '../preload/index.cjs'),
        bounds: remembered,
      }),
      maximized: remembered.maximized,
      closeFlow,
      isQuitting: () => state.quitting,
      saveState: (windowState) => void windowStore.write(windowState),
      firstDocument,
    });
    state.window.on('closed', () => {
      state.window = null;
    });
  };
  createWindow();
  app.on('activate', () => {
    if (state.window === null) createWindow();
  });
  app.on('will-quit', () => void follower.close());
}

let setupMenu: () => void = () => undefined;

function setupAppProtocol(): void {
  const root = join(here, '../renderer');
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(request.url, root, (path) => readFile(path)),
  );
}

function setupWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, {
      openFile: (path) => openFromOutside?.(path),
      openExternal: (url) => shell.openExternal(url),
    });
  });
}

function setupSingleInstance(): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = state.window;
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const file = fileFromArgv(argv, { defaultApp: launch.defaultApp, cwd: workingDirectory });
    if (file !== null) openOrQueue(file);
  });
}

function setupOpenFile(): void {
  // macOS: Finder's "Open With", or a file dropped on the Dock icon; may come before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openOrQueue(path);
  });
}

function openOrQueue(path: string): void {
  if (openFromOutside && state.window) openFromOutside(path);
  else pendingFiles.push(path);
}

async function openOutside(documentSession: DocumentSession, path: string): Promise<void> {
  const reply = await documentSession.openPath(path);
  if (reply.status === 'opened' && state.window)
    sendEvent(state.window.webContents, 'app:document-opened', reply.document);
  if (reply.status === 'failed') await showError(reply.message);
}

async function readText(path: string): Promise<string | null> {
  const read = await readDocument(path);
  return read.ok ? read.text : null;
}

async function showError(message: string): Promise<void> {
  const options = {
    type: 'error' as const,
    message: 'The file could not be opened.',
    detail: message,
  };
  if (state.window) await dialog.showMessageBox(state.window, options);
  else await dialog.showMessageBox(options);
}

async function offerRestore(name: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Restore', 'Discard'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
    message: `Restore your unsaved changes to ${name}?`,
    detail: 'Spark Config Editor closed before they were saved.',
  });
  return response === 0;
}
