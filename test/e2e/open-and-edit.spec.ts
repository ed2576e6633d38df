import { MIXED, cell, expect, openConfig, savedText, test, enterPrice } from './app.ts';

test.describe('opening and editing in the form', () => {
  test('opens a config through the file chooser', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED, 'mixed.jsonc');
    await expect(
      page.getByRole('table', { name: 'Effective sizing' }).locator('tbody tr[data-strategy]'),
    ).toHaveCount(3);
    await expect(page.getByRole('list', { name: 'Strategies' }).getByRole('listitem')).toHaveCount(
      3,
    );
  });

  test('a global form edit changes only that value; comments survive', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const field = page.getByRole('textbox', { name: 'Fixed amount (USD)' });
    await field.fill('1500');
    await enterPrice(page);
    await expect(cell(page, 'conservative', 'size_usd')).toHaveText('$1,500.00');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    const text = await savedText(page);
    expect(text).toBe(MIXED.replace('"fixed_usd_amount": 1000,', '"fixed_usd_amount": 1500,'));
    expect(text).toContain('// one thousand dollars');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
  });

  test('typing "3 %" in a fraction field stores 0.03 and shows the percent', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.getByRole('combobox', { name: 'Method' }).click();
    await page.getByRole('option', { name: /^risk_based/ }).click();
    const risk = page.getByRole('textbox', { name: 'Risk per trade' });
    await risk.fill('3 %');
    await expect(page.getByTestId('field-global-risk_per_trade_pct-aside')).toHaveText('3 %');
    const text = await savedText(page);
    expect(text).toContain('"risk_per_trade_pct": 0.03,');
    expect(text).toContain('"method": "risk_based",');
  });

  test('a dollar field reads amounts as the preview does: "$2.5k" stores 2500', async ({
    page,
  }) => {
    await openConfig(page, MIXED);
    const field = page.getByRole('textbox', { name: 'Fixed amount (USD)' });
    await field.fill('$2.5k');
    await expect(page.getByTestId('field-global-fixed_amount_usd-aside')).toHaveText('$2,500.00');
    expect(await savedText(page)).toContain('"fixed_usd_amount": 2500,');
    await field.fill('2,50');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Commas group thousands: 25,000 (decimals: 25.5).')).toBeVisible();
  });
});
