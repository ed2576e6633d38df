import { readFile, rm, writeFile } from 'node:fs/promises';
import { CONFIG, expect, fixedAmount, openFile, test } from './host-fixtures.ts';

const THEIRS = CONFIG.replace('"max_position_size_usd": 5000', '"max_position_size_usd": 7000');
const MINE = CONFIG.replace('"fixed_amount_usd": 1000,', '"fixed_amount_usd": 1500,');

test.describe('the file changing on disk, through the shell’s watcher', () => {
  test('the banner’s Reload takes the disk text; Undo brings mine back', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await writeFile(path, THEIRS);

    const banner = page.getByTestId('disk-banner');
    await expect(banner).toContainText('config.json was changed by another program');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(banner).toBeHidden();
    await expect(fixedAmount(page)).toHaveValue('1000');
    await expect(page.getByRole('textbox', { name: 'Max position (USD)' })).toHaveValue('7000');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(fixedAmount(page)).toHaveValue('1500');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    // The reload took the file's stamp too: saving now is not a conflict.
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    expect(await readFile(path, 'utf8')).toBe(MINE);
  });

  test('Keep mine keeps the editor’s text, unsaved, and the next save replaces the file', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await writeFile(path, THEIRS);

    const banner = page.getByTestId('disk-banner');
    await banner.getByRole('button', { name: 'Keep mine' }).click();
    await expect(banner).toBeHidden();
    await expect(fixedAmount(page)).toHaveValue('1500');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    expect(await readFile(path, 'utf8')).toBe(THEIRS);

    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await readFile(path, 'utf8')).toBe(MINE);
  });

  test('Keep mine on an unedited document still counts as unsaved', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await writeFile(path, THEIRS);
    await page.getByTestId('disk-banner').getByRole('button', { name: 'Keep mine' }).click();
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
  });

  test('a save conflict asks first; Overwrite writes the editor’s text', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await writeFile(path, THEIRS);
    await expect(page.getByTestId('disk-banner')).toBeVisible();
    await fixedAmount(page).fill('1500');
    await page.keyboard.press('Control+s');

    const dialog = page.getByRole('dialog', {
      name: 'The file changed on disk since you opened it',
    });
    await expect(dialog).toBeVisible();
    expect(await readFile(path, 'utf8')).toBe(THEIRS);
    await dialog.getByRole('button', { name: 'Overwrite' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await expect(page.getByTestId('disk-banner')).toBeHidden();
    expect(await readFile(path, 'utf8')).toBe(MINE);
    const saves = shell.calls.filter((c) => c.channel === 'app:save-document');
    expect(saves.map((c) => (c.request as { overwrite: boolean }).overwrite)).toEqual([
      false,
      true,
    ]);
  });

  test('a save conflict’s Reload replaces the text undoably', async ({ page, shell, folder }) => {
    const path = await openFile(page, shell, folder);
    await writeFile(path, THEIRS);
    await expect(page.getByTestId('disk-banner')).toBeVisible();
    await fixedAmount(page).fill('1500');
    await page.keyboard.press('Control+s');
    await page.getByRole('dialog').getByRole('button', { name: 'Reload' }).click();
    await expect(fixedAmount(page)).toHaveValue('1000');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(fixedAmount(page)).toHaveValue('1500');
    expect(await readFile(path, 'utf8')).toBe(THEIRS);
  });

  test('Compare shows the disk text beside the editor’s; Back returns to the form', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await writeFile(path, THEIRS);
    await page.getByTestId('disk-banner').getByRole('button', { name: 'Compare' }).click();

    const compare = page.getByTestId('compare-view');
    await expect(compare.locator('.editor.original .view-lines')).toContainText('7000');
    await expect(compare.locator('.editor.modified .view-lines')).toContainText('1500');
    await expect(compare.locator('.editor.original .view-lines')).not.toContainText('1500');
    await compare.getByRole('button', { name: 'Back to editor' }).click();
    await expect(compare).toBeHidden();
    await expect(fixedAmount(page)).toHaveValue('1500');
    await expect(page.getByTestId('disk-banner')).toBeVisible();
  });

  test('a deleted file stays open, marked unsaved, and Save writes it again', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await rm(path);

    const banner = page.getByTestId('disk-banner');
    await expect(banner).toContainText('config.json is no longer on disk');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    await expect(page.getByTestId('file-name')).toHaveText('config.json');
    await expect(fixedAmount(page)).toHaveValue('1000');

    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    await expect(banner).toBeHidden();
    expect(await readFile(path, 'utf8')).toBe(CONFIG);
  });
});
