import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { RecentFile } from './recent-files.ts';

/** What the menus do; each click calls exactly one of these. */
export interface MenuActions {
  /** Forward a command to the renderer, which owns the document. */
  readonly command: (command: MenuCommand) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
  readonly openGuide: () => void;
  readonly about: () => void;
}

/** Everything the menus depend on. */
export interface MenuInput {
  readonly platform: NodeJS.Platform;
  readonly recent: readonly RecentFile[];
  readonly hasFile: boolean;
  readonly theme: 'light' | 'dark' | 'system';
  readonly devTools: boolean;
}

type Item = MenuItemConstructorOptions;

/** The application menu as data: a pure function of the platform, recent files and state. */
export function menuTemplate(input: MenuInput, actions: MenuActions): Item[] {
  const mac = input.platform === 'darwin';
  // Mnemonics (Alt+F…) exist on Windows and Linux only.
  const top = (label: string): string => (mac ? label.replace('&', '') : label);
  const cmd = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
    extra: Partial<Item> = {},
  ): Item => ({
    label,
    ...(accelerator !== undefined && { accelerator }),
    click: () => actions.command(command),
    ...extra,
  });
  return [
    ...(mac ? [appMenu()] : []),
    {
      label: top('&File'),
      submenu: [
        cmd('New from Example', 'new-from-example', 'CmdOrCtrl+N'),
        cmd('Open…', 'open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recentMenu(input.recent, actions, mac) },
        { type: 'separator' },
        cmd('Save', 'save', 'CmdOrCtrl+S'),
        cmd('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
        cmd('Export Validated config.json…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        cmd('Revert', 'revert', undefined, { enabled: input.hasFile }),
        cmd('Close', 'close', 'CmdOrCtrl+W'),
        ...(mac
          ? []
          : [{ type: 'separator' } as Item, { label: top('E&xit'), role: 'quit' } as Item]),
      ],
    },
    {
      label: top('&Edit'),
      submenu: [
        cmd('Undo', 'undo', 'CmdOrCtrl+Z'),
        cmd('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        cmd('Find', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: top('&View'),
      submenu: [
        cmd('Form', 'view-form', 'CmdOrCtrl+1'),
        cmd('Split', 'view-split', 'CmdOrCtrl+2'),
        cmd('JSON', 'view-json', 'CmdOrCtrl+3'),
        { type: 'separator' },
        cmd('Toggle Navigator', 'toggle-navigator', 'CmdOrCtrl+B'),
        cmd('Toggle Bottom Panel', 'toggle-bottom-panel', 'CmdOrCtrl+J'),
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            cmd('Light', 'theme-light', undefined, {
              type: 'radio',
              checked: input.theme === 'light',
            }),
            cmd('Dark', 'theme-dark', undefined, {
              type: 'radio',
              checked: input.theme === 'dark',
            }),
            cmd('System', 'theme-system', undefined, {
              type: 'radio',
              checked: input.theme === 'system',
            }),
          ],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(input.devTools ? [{ role: 'toggleDevTools' } as Item] : []),
      ],
    },
    {
      label: top('&Help'),
      role: 'help',
      submenu: [
        { label: 'Position Sizing Guide', click: () => actions.openGuide() },
        ...(mac
          ? []
          : [
              { type: 'separator' } as Item,
              { label: 'About Spark Config Editor', click: () => actions.about() },
            ]),
      ],
    },
  ];
}

function appMenu(): Item {
  return {
    label: 'Spark Config Editor',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function recentMenu(recent: readonly RecentFile[], actions: MenuActions, mac: boolean): Item[] {
  if (recent.length === 0) return [{ label: 'No Recent Files', enabled: false }];
  return [
    ...recent.map((file): Item => ({
      label: mac ? file.path : file.path.replaceAll('&', '&&'),
      click: () => actions.openRecent(file.path),
    })),
    { type: 'separator' },
    { label: 'Clear Recently Opened', click: () => actions.clearRecent() },
  ];
}
