import { readFile, writeFile } from 'node:fs/promises';
import type { DocumentStateSchema } from '../../shared/ipc/contract.ts';
import type { z } from 'zod';
import type { InProcessHost } from './in-process-host.ts';
import { CONFIG, expect, fixedAmount, openFile, test } from './host-fixtures.ts';

const MINE = CONFIG.replace('"fixed_amount_usd": 1000,', '"fixed_amount_usd": 1500,');

type DocumentState = z.input<typeof DocumentStateSchema>;

function states(shell: InProcessHost): DocumentState[] {
  return shell.calls
    .filter((c) => c.channel === 'app:document-state')
    .map((c) => c.request as DocumentState);
}

test.describe('the desktop menu', () => {
  test('Save from the menu writes the file', async ({ page, shell, folder }) => {
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await shell.emit('app:menu-command', 'save');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    expect(await readFile(path, 'utf8')).toBe(MINE);
  });

  test('two saves in a row do not conflict with each other', async ({ page, shell, folder }) => {
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await Promise.all([
      shell.emit('app:menu-command', 'save'),
      shell.emit('app:menu-command', 'save'),
    ]);
    await expect
      .poll(() => shell.calls.filter((c) => c.channel === 'app:save-document'))
      .toHaveLength(2);
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await readFile(path, 'utf8')).toBe(MINE);
  });

  test('view, theme, undo and example commands do what their buttons do', async ({
    page,
    shell,
    folder,
  }) => {
    await openFile(page, shell, folder);
    await shell.emit('app:menu-command', 'view-json');
    await expect(page.getByTestId('json-view')).toBeVisible();
    await expect(fixedAmount(page)).toBeHidden();
    await shell.emit('app:menu-command', 'view-split');
    await expect(fixedAmount(page)).toBeVisible();
    const navigator = page.getByRole('navigation', { name: 'Navigator' });
    await shell.emit('app:menu-command', 'toggle-navigator');
    await expect(navigator).toBeHidden();
    await shell.emit('app:menu-command', 'toggle-navigator');
    await expect(navigator).toBeVisible();
    await shell.emit('app:menu-command', 'toggle-bottom-panel');
    await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
    await shell.emit('app:menu-command', 'toggle-bottom-panel');
    await expect(page.getByRole('button', { name: 'Hide panel' })).toBeVisible();
    await shell.emit('app:menu-command', 'theme-dark');
    await expect(page.locator('[data-theme="dark"]')).toBeVisible();
    await shell.emit('app:menu-command', 'theme-light');
    await expect(page.locator('[data-theme="light"]')).toBeVisible();

    await fixedAmount(page).fill('1500');
    await fixedAmount(page).blur();
    await shell.emit('app:menu-command', 'undo');
    await expect(fixedAmount(page)).toHaveValue('1000');
    await shell.emit('app:menu-command', 'redo');
    await expect(fixedAmount(page)).toHaveValue('1500');

    shell.answer('confirmDiscard', 'discard');
    await shell.emit('app:menu-command', 'new-from-example');
    await expect(page.getByTestId('file-name')).toHaveText('example-config.jsonc');
    await shell.emit('app:menu-command', 'close');
    await expect(
      page.getByRole('button', { name: "Start from the guide's example" }),
    ).toBeVisible();
  });

  test('Revert takes the file as it is on disk, undoably', async ({ page, shell, folder }) => {
    await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await shell.emit('app:menu-command', 'revert');
    await expect(fixedAmount(page)).toHaveValue('1000');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await shell.emit('app:menu-command', 'undo');
    await expect(fixedAmount(page)).toHaveValue('1500');
  });

  test('Close asks about unsaved changes and keeps the document when canceled', async ({
    page,
    shell,
    folder,
  }) => {
    await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    shell.answer('confirmDiscard', 'cancel');
    await shell.emit('app:menu-command', 'close');
    await expect.poll(() => shell.dialogsShown.map((d) => d.dialog)).toContain('confirmDiscard');
    await expect(page.getByTestId('file-name')).toHaveText('config.json');
    await expect(fixedAmount(page)).toHaveValue('1500');
  });
});

test.describe('hot exit and the window title', () => {
  test('unsaved text reaches the shell’s backup; saving clears it', async ({
    page,
    shell,
    folder,
  }) => {
    await openFile(page, shell, folder);
    await expect.poll(() => states(shell).at(-1)).toEqual({ name: 'config.json', edited: false });

    await fixedAmount(page).fill('1500');
    await expect
      .poll(() => states(shell).at(-1)?.backup?.text)
      .toContain('"fixed_amount_usd": 1500');
    const last = states(shell).at(-1);
    expect(last).toMatchObject({ name: 'config.json', edited: true });
    expect(last?.backup?.path).toMatch(/config\.json$/);
    await expect
      .poll(async () => (await shell.hotExit.list()).entries[0]?.text, { timeout: 5000 })
      .toBe(MINE);

    await page.keyboard.press('Control+s');
    await expect.poll(() => states(shell).at(-1)).toEqual({ name: 'config.json', edited: false });
    await expect.poll(async () => (await shell.hotExit.list()).entries).toEqual([]);
  });

  test('a restored backup opens as unsaved and is kept by the shell', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await writeFile(path, CONFIG);
    const reply = await shell.session.openPath(path);
    if (reply.status !== 'opened') throw new Error(`not opened: ${reply.status}`);
    await shell.emit('app:document-opened', { ...reply.document, text: MINE, edited: true });

    await expect(fixedAmount(page)).toHaveValue('1500');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    await expect
      .poll(() => states(shell).at(-1))
      .toMatchObject({ name: 'config.json', edited: true, backup: { text: MINE } });
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('the page leaves dropped files to the shell, which opens them by their real path', async ({
    page,
    shell,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Open…' }).first()).toBeVisible();
    const handled = await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{}'], 'dropped.json', { type: 'application/json' }));
      const over = new DragEvent('dragover', { dataTransfer: data, cancelable: true });
      const drop = new DragEvent('drop', { dataTransfer: data, cancelable: true });
      window.dispatchEvent(over);
      window.dispatchEvent(drop);
      return over.defaultPrevented || drop.defaultPrevented;
    });
    expect(handled).toBe(false);
    await expect(page.getByTestId('file-name')).toHaveCount(0);
    expect(shell.calls.map((c) => c.channel)).not.toContain('app:open-document');
  });
});
