import { MIXED, cell, expect, test, enterPrice } from './app.ts';

test.describe('keyboard only', () => {
  test('walks the main flow without a mouse', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((text) => {
      localStorage.setItem(
        'spark-config-editor.recent',
        JSON.stringify([{ path: 'mixed.json', name: 'mixed.json' }]),
      );
      localStorage.setItem(
        'spark-config-editor.recent-text:mixed.json',
        JSON.stringify({ text, bom: false }),
      );
    }, MIXED);
    await page.reload();
    // Empty state → recent file, by keyboard.
    const recent = page.getByRole('button', { name: 'mixed.json' });
    for (
      let i = 0;
      i < 20 && !(await recent.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('file-name')).toHaveText('mixed.json');

    // Navigator: Tab to the first strategy, arrow down to the second.
    const first = page.locator('#nav-strategy-0');
    for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#nav-strategy-1')).toBeFocused();
    await expect(page.getByRole('heading', { name: 'moderate' })).toBeVisible();

    // Override the inherited risk per trade and type a new value.
    const override = page.getByRole('button', { name: 'Override Risk per trade' });
    for (
      let i = 0;
      i < 30 && !(await override.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const field = page
      .getByRole('region', { name: 'Position sizing' })
      .getByRole('textbox', { name: 'Risk per trade' });
    await expect(field).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1 %');
    await enterPrice(page);
    await expect(cell(page, 'moderate', 'size_usd')).toHaveText('$2,500.00');

    // Undo, then export through the dialog.
    await page.keyboard.press('Control+z');
    await expect(cell(page, 'moderate', 'risk_per_trade_pct')).toHaveText('2 %');
    const exportButton = page.getByRole('button', { name: 'Export validated config.json…' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export validated config.json' });
    await expect(dialog).toBeVisible();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await download;
    await expect(dialog).toBeHidden();
  });
});
