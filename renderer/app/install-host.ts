import type { Host } from '../../shared/ipc/contract.ts';
import { fileChangedOnDisk, revert } from '../disk/disk-commands.ts';
import { findInEditor } from '../json-view/active-editor.ts';
import { setTheme, uiStore } from '../state/ui-store.ts';
import { toggleBottomPanel, toggleNavigator } from '../state/panel-layout.ts';
import { reportDocumentState } from '../state/document-state-reports.ts';
import {
  closeDocument,
  openDocument,
  openSample,
  replaceDocument,
  save,
  setHost,
} from '../state/host-commands.ts';
import type { AppCommands } from './menu-commands.ts';
import { runMenuCommand } from './menu-commands.ts';
import { documentStore } from '../state/stores.ts';

/** The commands behind the desktop menu: the buttons' and keys' own. */
const APP_COMMANDS: AppCommands = {
  newFromExample: () => void openSample(),
  open: () => void openDocument(),
  save: (as) => void save(as),
  exportConfig: () => {
    if (documentStore.getSnapshot().meta !== null) uiStore.set({ exportOpen: true });
  },
  revert: () => void revert(),
  close: () => void closeDocument(),
  undo: () => documentStore.undo(),
  redo: () => documentStore.redo(),
  find,
  view: (view) => uiStore.set({ view }),
  toggleNavigator,
  toggleBottomPanel,
  theme: setTheme,
};

/** Installs the host chosen at startup and follows what it sends: documents, menu commands, disk changes. */
export function installHost(host: Host): void {
  setHost(host);
  host.on('app:document-opened', (doc) => void replaceDocument(doc));
  host.on('app:menu-command', (command) => runMenuCommand(command, APP_COMMANDS));
  host.on('app:file-changed-on-disk', fileChangedOnDisk);
  reportDocumentState(host);
  // `npm start` without Electron serves this page as /?sample: start on the example, as the app does.
  if (host.kind === 'browser' && new URLSearchParams(window.location.search).has('sample')) {
    void openSample();
  }
}

/** Find: Monaco's find widget where the JSON is shown, else the settings search. */
function find(): void {
  if (uiStore.get().view !== 'form' && findInEditor()) return;
  document.querySelector<HTMLInputElement>('#settings-search')?.focus();
}
