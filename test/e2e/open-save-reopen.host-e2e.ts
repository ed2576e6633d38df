import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG, expect, fixedAmount, openFile, test } from './host-fixtures.ts';

test.describe('the desktop shell’s IPC, in-process', () => {
  test('open → edit → save → reopen, on a real file', async ({ page, shell, folder }) => {
    const path = await openFile(page, shell, folder);

    await fixedAmount(page).fill('1500');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    const saved = CONFIG.replace('"fixed_amount_usd": 1000,', '"fixed_amount_usd": 1500,');
    await expect.poll(() => readFile(path, 'utf8')).toBe(saved);
    expect(shell.calls.map((c) => c.channel)).toContain('app:save-document');

    await page.reload();
    await page
      .getByRole('list', { name: 'Recent files' })
      .getByRole('button', { name: /config\.json/ })
      .click();
    await expect(page.getByTestId('file-name')).toHaveText('config.json');
    await expect(fixedAmount(page)).toHaveValue('1500');
  });

  test('refuses to overwrite a file changed on disk since it was opened', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    const theirs = CONFIG.replace('5000', '7000');
    await writeFile(path, theirs);
    await fixedAmount(page).fill('1500');
    await page.keyboard.press('Control+s');
    await expect(
      page.getByRole('dialog', { name: 'The file changed on disk since you opened it' }),
    ).toBeVisible();
    expect(await readFile(path, 'utf8')).toBe(theirs);
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
  });

  test('a document sent by the shell (command line, second launch, drop) opens in the window', async ({
    page,
    shell,
    folder,
  }) => {
    const path = join(folder, 'dropped.json');
    await writeFile(path, CONFIG);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Open…' }).first()).toBeVisible();
    const reply = await shell.session.openPath(path);
    if (reply.status !== 'opened') throw new Error(`not opened: ${reply.status}`);
    await shell.emit('app:document-opened', reply.document);
    await expect(page.getByTestId('file-name')).toHaveText('dropped.json');
  });
});
