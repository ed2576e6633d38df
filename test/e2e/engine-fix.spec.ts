import { cell, expect, openConfig, savedText, test } from './app.ts';

// Guide spellings the engine never reads: the strategy's percent_equity (0.2) is ignored, so the
// engine trades its default equity_percentage of 5 % — a quarter of the guide's figure.
const GUIDE_SPELLED = `{
  "exchanges": [{ "name": "hyperliquid", "exchange_type": "hyperliquid", "enabled": true }],
  "indicators": [{ "name": "rsi_1h", "type": "rsi", "enabled": true }],
  "position_sizing": {
    "method": "fixed_usd",
    "fixed_usd_amount": 1000,
    "max_position_size_usd": 50000,
    "max_leverage": 1
  },
  "strategies": [
    {
      "name": "growth",
      "market": "ETH-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "position_sizing": { "method": "percent_equity", "percent_equity": 0.2 }
    }
  ]
}
`;

test.describe('engine and guide', () => {
  test('shows why the engine trades a different size, fixes it in one click, and undo restores the bytes', async ({
    page,
  }) => {
    await openConfig(page, GUIDE_SPELLED);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByLabel('Equity (USD)').fill('10000');
    await preview.getByLabel('Price (USD)').fill('2000');
    // Engine: 10,000 × 0.05 (default, percent_equity is never read) = $500; guide: 10,000 × 0.2 = $2,000.
    await expect(cell(page, 'growth', 'engine_size_usd')).toHaveText('≠ $500.00');
    await expect(cell(page, 'growth', 'size_usd')).toHaveText('$2,000.00');
    await expect(cell(page, 'growth', 'engine_why')).toHaveText('guide spelling');
    await expect(cell(page, 'growth', 'engine_why')).toHaveAttribute('title', /never reads/);
    await expect(page.getByTestId('engine-total')).toContainText('$500.00');

    await page.getByRole('tab', { name: /Problems/ }).click();
    await page.getByRole('button', { name: /Fix all engine problems/ }).click();
    await page.getByRole('tab', { name: /Effective sizing/ }).click();
    // After the rename the engine reads equity_percentage 0.2: 10,000 × 0.2 = $2,000, as the guide.
    await expect(cell(page, 'growth', 'engine_size_usd')).toHaveText('$2,000.00');
    await expect(page.getByTestId('engine-total')).toContainText('$2,000.00');

    await page.keyboard.press('Control+z');
    await expect(cell(page, 'growth', 'engine_size_usd')).toHaveText('≠ $500.00');
    expect(await savedText(page)).toBe(GUIDE_SPELLED);
  });
});
