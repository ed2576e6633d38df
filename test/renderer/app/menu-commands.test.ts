import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract.ts';
import { EVENTS } from '../../../shared/ipc/contract.ts';
import type { AppCommands } from '../../../renderer/app/menu-commands.ts';
import { runMenuCommand } from '../../../renderer/app/menu-commands.ts';

/** App commands that write down what they were asked to do. */
function recorder(): { app: AppCommands; calls: string[] } {
  const calls: string[] = [];
  const call =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args.map(String)].join(' '));
  const app: AppCommands = {
    newFromExample: call('newFromExample'),
    open: call('open'),
    save: call('save'),
    exportConfig: call('exportConfig'),
    revert: call('revert'),
    close: call('close'),
    undo: call('undo'),
    redo: call('redo'),
    find: call('find'),
    view: call('view'),
    toggleNavigator: call('toggleNavigator'),
    toggleBottomPanel: call('toggleBottomPanel'),
    theme: call('theme'),
  };
  return { app, calls };
}

describe('menu-commands', () => {
  describe('runMenuCommand()', () => {
    it('runs one app command for every menu command of the contract', () => {
      const commands: readonly MenuCommand[] = EVENTS['app:menu-command'].options;
      const ran = commands.map((command) => {
        const { app, calls } = recorder();
        runMenuCommand(command, app);
        return `${command} → ${calls.join(', ')}`;
      });
      expect(ran).toMatchInlineSnapshot(`
        [
          "new-from-example → newFromExample",
          "open → open",
          "save → save false",
          "save-as → save true",
          "export → exportConfig",
          "revert → revert",
          "close → close",
          "undo → undo",
          "redo → redo",
          "find → find",
          "view-form → view form",
          "view-split → view split",
          "view-json → view json",
          "toggle-navigator → toggleNavigator",
          "toggle-bottom-panel → toggleBottomPanel",
          "theme-light → theme light",
          "theme-dark → theme dark",
          "theme-system → theme system",
        ]
      `);
    });
  });
});
