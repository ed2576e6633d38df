import { rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CONFIG, expect, fixedAmount, openFile, test } from './host-fixtures.ts';
import { matchesBaseline } from './screenshot.ts';

const THEIRS = CONFIG.replace('"max_position_size_usd": 5000', '"max_position_size_usd": 7000');

async function shoot(page: Page, name: string, theme: string): Promise<void> {
  await matchesBaseline(page, `${name}-${theme}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the disk banner, save conflict and compare view look as they did (${theme})`, async ({
    page,
    shell,
    folder,
  }) => {
    await page.addInitScript((t) => localStorage.setItem('spark-config-editor.theme', t), theme);
    await page.goto('/');
    const path = await openFile(page, shell, folder);
    await fixedAmount(page).fill('1500');
    await writeFile(path, THEIRS);
    await expect(page.getByTestId('disk-banner')).toBeVisible();
    await shoot(page, 'disk-changed-banner', theme);

    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await shoot(page, 'save-conflict-dialog', theme);

    await dialog.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('compare-view').locator('.editor.original')).toBeVisible();
    await shoot(page, 'compare-view', theme);

    await page.getByRole('button', { name: 'Back to editor' }).click();
    await page.getByTestId('disk-banner').getByRole('button', { name: 'Keep mine' }).click();
    await rm(path);
    await expect(page.getByTestId('disk-banner')).toContainText('no longer on disk');
    await shoot(page, 'disk-deleted-banner', theme);
  });
}
