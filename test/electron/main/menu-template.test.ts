import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuActions, MenuInput } from '../../../electron/main/menu-template.ts';
import { menuTemplate } from '../../../electron/main/menu-template.ts';

type Item = MenuItemConstructorOptions;

const base: MenuInput = {
  platform: 'linux',
  recent: [],
  hasFile: true,
  theme: 'system',
  devTools: false,
};

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<() => void>(),
    openGuide: vi.fn<() => void>(),
    about: vi.fn<() => void>(),
  };
}

function submenu(item: Item | undefined): Item[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function find(items: readonly Item[], label: string): Item | undefined {
  for (const item of items) {
    if (item.label?.replace('&', '') === label) return item;
    const inner = find(submenu(item), label);
    if (inner) return inner;
  }
  return undefined;
}

function click(item: Item | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('menu-template', () => {
  describe('menuTemplate()', () => {
    it('has File, Edit, View and Help on Windows and Linux, with the app menu first on macOS', () => {
      const labels = (input: MenuInput): string[] =>
        menuTemplate(input, actions()).map((i) => i.label ?? '');
      expect(labels(base)).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(labels({ ...base, platform: 'win32' })).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(labels({ ...base, platform: 'darwin' })).toEqual([
        'Spark Config Editor',
        'File',
        'Edit',
        'View',
        'Help',
      ]);
    });

    it('lists the File commands in order, with accelerators', () => {
      const file = submenu(menuTemplate(base, actions())[0]).filter((i) => i.type !== 'separator');
      expect(file.map((i) => [i.label, i.accelerator ?? i.role ?? null])).toEqual([
        ['New from Example', 'CmdOrCtrl+N'],
        ['Open…', 'CmdOrCtrl+O'],
        ['Open Recent', null],
        ['Save', 'CmdOrCtrl+S'],
        ['Save As…', 'Shift+CmdOrCtrl+S'],
        ['Export Validated config.json…', 'CmdOrCtrl+E'],
        ['Revert', null],
        ['Close', 'CmdOrCtrl+W'],
        ['E&xit', 'quit'],
      ]);
    });

    it('uses each platform’s Redo accelerator and puts Quit in the app menu on macOS', () => {
      expect(find(menuTemplate(base, actions()), 'Redo')?.accelerator).toBe('Ctrl+Y');
      const mac = menuTemplate({ ...base, platform: 'darwin' }, actions());
      expect(find(mac, 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
      expect(submenu(mac[1]).some((i) => i.role === 'quit')).toBe(false);
      expect(submenu(mac[0]).some((i) => i.role === 'quit')).toBe(true);
    });

    it('sends each command to the renderer', () => {
      const a = actions();
      const template = menuTemplate(base, a);
      const expected: [string, string][] = [
        ['New from Example', 'new-from-example'],
        ['Open…', 'open'],
        ['Save', 'save'],
        ['Save As…', 'save-as'],
        ['Export Validated config.json…', 'export'],
        ['Revert', 'revert'],
        ['Close', 'close'],
        ['Undo', 'undo'],
        ['Redo', 'redo'],
        ['Find', 'find'],
        ['Form', 'view-form'],
        ['Split', 'view-split'],
        ['JSON', 'view-json'],
        ['Toggle Navigator', 'toggle-navigator'],
        ['Toggle Bottom Panel', 'toggle-bottom-panel'],
        ['Light', 'theme-light'],
        ['Dark', 'theme-dark'],
        ['System', 'theme-system'],
      ];
      for (const [label, command] of expected) {
        click(find(template, label));
        expect(a.command).toHaveBeenLastCalledWith(command);
      }
      expect(a.command).toHaveBeenCalledTimes(expected.length);
    });

    it('uses native roles for clipboard and zoom', () => {
      const roles = (label: string): unknown[] =>
        submenu(find(menuTemplate(base, actions()), label))
          .map((i) => i.role)
          .filter(Boolean);
      expect(roles('Edit')).toEqual(['cut', 'copy', 'paste', 'selectAll']);
      expect(roles('View')).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
      expect(
        submenu(find(menuTemplate({ ...base, devTools: true }, actions()), 'View')).some(
          (i) => i.role === 'toggleDevTools',
        ),
      ).toBe(true);
    });

    it('lists recent files, opens them and clears the list', () => {
      const a = actions();
      const recent = [
        { path: '/c/a&b.json', name: 'a&b.json' },
        { path: '/c/two.json', name: 'two.json' },
      ];
      const open = submenu(find(menuTemplate({ ...base, recent }, a), 'Open Recent'));
      expect(open.map((i) => i.label ?? i.type)).toEqual([
        '/c/a&&b.json',
        '/c/two.json',
        'separator',
        'Clear Recently Opened',
      ]);
      click(open[1]);
      expect(a.openRecent).toHaveBeenCalledWith('/c/two.json');
      click(open[3]);
      expect(a.clearRecent).toHaveBeenCalled();
      const empty = submenu(find(menuTemplate(base, a), 'Open Recent'));
      expect(empty).toEqual([{ label: 'No Recent Files', enabled: false }]);
    });

    it('checks the current theme and disables Revert for an untitled document', () => {
      const template = menuTemplate({ ...base, theme: 'dark', hasFile: false }, actions());
      expect(find(template, 'Dark')?.checked).toBe(true);
      expect(find(template, 'Light')?.checked).toBe(false);
      expect(find(template, 'Revert')?.enabled).toBe(false);
    });

    it('opens the guide and About from Help', () => {
      const a = actions();
      const template = menuTemplate(base, a);
      click(find(template, 'Position Sizing Guide'));
      click(find(template, 'About Spark Config Editor'));
      expect(a.openGuide).toHaveBeenCalledOnce();
      expect(a.about).toHaveBeenCalledOnce();
    });
  });
});
