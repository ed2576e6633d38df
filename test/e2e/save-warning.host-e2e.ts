import { readFile } from 'node:fs/promises';
import { faultyFileSystem } from '../electron/files/faulty-file-system.ts';
import { CONFIG, expect, fixedAmount, openFile, test } from './host-fixtures.ts';

test.describe('a save that worked with a warning, in-process', () => {
  // The folder cannot be flushed after the rename: the file is replaced, its durability unsure.
  test.use({ shellFs: faultyFileSystem({ syncDirectory: { code: 'EIO' } }) });

  test('says the file was saved and that its durability is not confirmed, as a warning', async ({
    page,
    shell,
    folder,
  }) => {
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    const notice = page.getByRole('alert').filter({ hasText: 'Saved config.json.' });
    await expect(notice).toContainText('its durability is not confirmed');
    await expect(notice).toHaveClass(/MuiAlert-colorWarning/);
    const saved = CONFIG.replace('"fixed_amount_usd": 1000,', '"fixed_amount_usd": 1500,');
    expect(await readFile(path, 'utf8')).toBe(saved);
  });
});
