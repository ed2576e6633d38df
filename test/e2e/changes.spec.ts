import { expect, openConfig, test } from './app.ts';

const CONFIG = `{
  "exchanges": [{ "name": "hyperliquid", "enabled": true }],
  "indicators": [{ "name": "rsi_1h", "type": "rsi", "enabled": true }],
  "position_sizing": { "method": "fixed_usd", "fixed_usd_amount": 1000, "max_position_size_usd": 5000, "max_leverage": 1 },
  "strategies": [
    { "name": "btc", "market": "BTC-USD", "exchange": "hyperliquid", "indicators": ["rsi_1h"] },
    { "name": "eth", "market": "ETH-USD", "exchange": "hyperliquid", "indicators": ["rsi_1h"] },
    { "name": "sol", "market": "SOL-USD", "exchange": "hyperliquid", "indicators": ["rsi_1h"], "position_sizing": { "fixed_usd_amount": 300 } }
  ]
}
`;

test.describe('changes', () => {
  test('says what saving would do to each strategy that inherits an edited global value', async ({
    page,
  }) => {
    await openConfig(page, CONFIG);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByLabel('Equity (USD)').fill('10000');
    await preview.getByLabel('Price (USD)').fill('100');
    await page.getByRole('tab', { name: 'Changes' }).click();
    await expect(page.getByTestId('change-summary')).toHaveText(
      'Saving changes no strategy’s sizing.',
    );
    await page.getByLabel('Fixed amount (USD)', { exact: false }).first().fill('1500');
    await page.getByLabel('Fixed amount (USD)', { exact: false }).first().press('Tab');
    // btc and eth inherit the global amount: $1,000 → $1,500 (under the $5,000 cap and 1 × equity);
    // sol sets its own $300 and does not change.
    await expect(page.getByTestId('change-summary')).toHaveText(
      'Saving changes 2 strategies: btc $1,000.00 → $1,500.00, eth $1,000.00 → $1,500.00',
    );
    await expect(page.getByRole('tab', { name: 'Changes •' })).toBeVisible();
  });
});
