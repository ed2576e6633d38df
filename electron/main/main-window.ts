import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { OpenedDocument } from '../../shared/ipc/contract.ts';
import { APP_ENTRY_URL } from './app-protocol.ts';
import type { CloseFlow } from './close-flow.ts';
import { sendEvent } from './ipc-handlers.ts';
import { windowTitle } from './window-title.ts';
import type { WindowState } from './window-state.ts';
import { windowStateOf } from './window-state.ts';

/** What the main window is wired to. */
export interface MainWindowDeps {
  readonly create: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly options: BrowserWindowConstructorOptions;
  readonly maximized: boolean;
  readonly closeFlow: CloseFlow;
  readonly isQuitting: () => boolean;
  readonly saveState: (state: WindowState) => void;
  /** The document to show once the page has loaded. */
  readonly firstDocument: () => Promise<OpenedDocument>;
}

/** Creates the window, loads the app, shows the first document, and guards closing. */
export function openMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = deps.create(deps.options);
  if (deps.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-finish-load', () => {
    void deps
      .firstDocument()
      .then((document) => sendEvent(window.webContents, 'app:document-opened', document));
  });
  window.on('close', (event) => {
    deps.saveState(windowStateOf(window.getNormalBounds(), window.isMaximized()));
    if (deps.closeFlow.closeRequested(deps.isQuitting()).prevent) event.preventDefault();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Shows the document's name and unsaved state in the title bar (and macOS's proxy icon). */
export function showDocumentState(
  window: BrowserWindow,
  state: { name: string; edited: boolean; path: string | null },
  platform: NodeJS.Platform,
): void {
  window.setTitle(windowTitle(state.name, state.edited, platform));
  if (platform === 'darwin') {
    window.setDocumentEdited(state.edited);
    window.setRepresentedFilename(state.path ?? '');
  }
}
