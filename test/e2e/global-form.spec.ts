import { MIXED, cell, expect, openConfig, savedText, test } from './app.ts';

test.describe('the global sizing form', () => {
  test('sets a parameter its own method does not use, for strategies that inherit it', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    // The global method is fixed_usd, yet "moderate" (risk_based) inherits the stop default.
    const stop = page.getByRole('textbox', { name: 'Default stop loss' });
    await stop.fill('4 %');
    await expect(cell(page, 'moderate', 'default_stop_loss_pct')).toHaveAttribute(
      'data-source',
      'global',
    );
    const text = await savedText(page);
    expect(text).toContain('"max_position_size_usd": 5000,\n    "default_stop_loss_pct": 0.04\n');
    expect(text).toContain('// one thousand dollars');
  });
});
