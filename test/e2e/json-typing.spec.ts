import { MIXED, expect, openConfig, savedText, test } from './app.ts';

test.describe('typing in the JSON view', () => {
  test('lands where it is typed in a file with mixed line endings', async ({ page }) => {
    // One CRLF among LFs: Monaco normalises it, so its offsets no longer match the file's.
    const mixed = MIXED.replace('do not set.\n', 'do not set.\r\n');
    await openConfig(page, mixed);
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await page.getByTestId('json-view').locator('.view-lines').first().click();
    // Line 6 is `    "fixed_usd_amount": 1000, // one thousand dollars`.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' each');
    await page.keyboard.type('!');
    const text = await savedText(page);
    expect(text).toContain('"fixed_usd_amount": 1000, // one thousand dollars each!\n');
    expect(text.replace(/\r\n/g, '\n')).toBe(
      MIXED.replace('one thousand dollars', 'one thousand dollars each!'),
    );
  });

  test('sends each keystroke as an edit: undo takes back the typing in one step', async ({
    page,
  }) => {
    await openConfig(page, MIXED);
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await page.getByTestId('json-view').locator('.view-lines').first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' each');
    await page.getByRole('button', { name: 'Form', exact: true }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await expect(page.getByTestId('json-view')).toContainText('// one thousand dollars');
    await expect(page.getByTestId('json-view')).not.toContainText('dollars each');
    expect(await savedText(page)).toBe(MIXED);
  });
});
