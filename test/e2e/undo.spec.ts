import { MIXED, expect, openConfig, replaceJson, test } from './app.ts';

test.describe('one document in two views', () => {
  test('editing the JSON moves the form; undo and redo work across both views', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    const fixed = page.getByRole('textbox', { name: 'Fixed amount (USD)' });
    const max = page.getByRole('textbox', { name: 'Max position (USD)' });

    await fixed.fill('1500');
    await page.waitForTimeout(1100); // a pause ends the typing step
    await replaceJson(
      page,
      MIXED.replace('1000', '1500').replace(
        '"max_position_size_usd": 5000',
        '"max_position_size_usd": 6000',
      ),
    );
    await expect(max).toHaveValue('6000');

    await page.keyboard.press('Control+z'); // in the JSON view
    await expect(max).toHaveValue('5000');
    await expect(fixed).toHaveValue('1500');
    await fixed.focus();
    await page.keyboard.press('Control+z'); // in the form
    await expect(fixed).toHaveValue('1000');
    await page.keyboard.press('Control+Shift+z');
    await expect(fixed).toHaveValue('1500');
    await page.keyboard.press('Control+y');
    await expect(max).toHaveValue('6000');
  });
});
