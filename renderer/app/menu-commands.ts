import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { ThemeChoice, ViewMode } from '../state/ui-store.ts';

/** The app commands the desktop menu reaches: the same ones the buttons and keys call. */
export interface AppCommands {
  readonly newFromExample: () => void;
  readonly open: () => void;
  readonly save: (as: boolean) => void;
  readonly exportConfig: () => void;
  readonly revert: () => void;
  readonly close: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly find: () => void;
  readonly view: (view: ViewMode) => void;
  readonly toggleNavigator: () => void;
  readonly toggleBottomPanel: () => void;
  readonly theme: (theme: ThemeChoice) => void;
}

// A Record, so a command added to the contract does not compile until it does something.
const MENU: Record<MenuCommand, (app: AppCommands) => void> = {
  'new-from-example': (app) => app.newFromExample(),
  open: (app) => app.open(),
  save: (app) => app.save(false),
  'save-as': (app) => app.save(true),
  export: (app) => app.exportConfig(),
  revert: (app) => app.revert(),
  close: (app) => app.close(),
  undo: (app) => app.undo(),
  redo: (app) => app.redo(),
  find: (app) => app.find(),
  'view-form': (app) => app.view('form'),
  'view-split': (app) => app.view('split'),
  'view-json': (app) => app.view('json'),
  'toggle-navigator': (app) => app.toggleNavigator(),
  'toggle-bottom-panel': (app) => app.toggleBottomPanel(),
  'theme-light': (app) => app.theme('light'),
  'theme-dark': (app) => app.theme('dark'),
  'theme-system': (app) => app.theme('system'),
};

/** Runs a command sent by the desktop menu (which owns accelerators such as Ctrl+S there). */
export function runMenuCommand(command: MenuCommand, app: AppCommands): void {
  MENU[command](app);
}
