import { generateText } from '../bench/generate-config.ts';
import { cell, expect, openConfig, test, enterPrice } from './app.ts';

test.describe('typing in the JSON view of a large config', () => {
  test('is analysed in a worker, and the form and the table follow', async ({ page }) => {
    test.setTimeout(60_000);
    const { text } = generateText(1_100_000);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto('/');
    await openConfig(page, text, 'large.json');
    const fixed = page.getByRole('textbox', { name: 'Fixed amount (USD)' });
    await expect(fixed).toHaveValue('1000');
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await page.getByTestId('json-view').locator('.view-lines').first().click();

    // Line 5 is `    "fixed_amount_usd": 1000,`: replace 1000 by 2500, key by key.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('2500');

    await expect(fixed).toHaveValue('2500');
    // strategy_3 sets no position_sizing: it inherits fixed_usd and the new amount.
    await enterPrice(page);
    await expect(cell(page, 'strategy_3', 'size_usd')).toHaveText('$2,500.00');
    expect(workers.some((url) => /analysis\.worker/.test(url))).toBe(true);
  });
});
