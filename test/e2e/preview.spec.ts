import { MIXED, cell, enterPrice, expect, openConfig, test } from './app.ts';

test.describe('preview', () => {
  test('computes sizes for a known case and follows the inputs as you type', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByLabel('Equity (USD)').fill('50000');
    await preview.getByLabel('Price (USD)').fill('250');
    await preview.getByLabel('Price ETH-USD').fill('2000');
    // conservative: fixed $1,000; 3 % stop → risk $30; 4 units at $250.
    await expect(cell(page, 'conservative', 'size_usd')).toHaveText('$1,000.00');
    await expect(cell(page, 'conservative', 'engine_size_units')).toHaveText('4 BTC');
    await expect(cell(page, 'conservative', 'risk_usd')).toHaveText('$30.00');
    // moderate: 50,000 × 2 % / 4 % = 25,000, capped at the global max 5,000; 2.5 ETH at 2,000.
    await expect(cell(page, 'moderate', 'size_usd')).toHaveText('$5,000.00');
    await expect(cell(page, 'moderate', 'engine_size_units')).toHaveText('2.5 ETH');
    await expect(cell(page, 'moderate', 'risk_usd')).toHaveText('$200.00');
    // The limit named is the one that set the engine's size, with its figure.
    await expect(cell(page, 'moderate', 'limits_applied')).toHaveText('capped at max $5,000.00');
    // aggressive: 20 % of 50,000 = 10,000 (its own max is 15,000); default 5 % stop.
    await expect(cell(page, 'aggressive', 'size_usd')).toHaveText('$10,000.00');
    await expect(cell(page, 'aggressive', 'risk_usd')).toHaveText('$500.00');
    await expect(page.getByTestId('preview-total')).toContainText('$16,000.00');
    // The engine agrees here: moderate with its 10 % stop is 50,000 × 2 % / 10 % = 10,000, also
    // capped at 5,000; the others size as the guide does. So no row is marked as differing.
    await expect(cell(page, 'conservative', 'engine_size_usd')).toHaveText('$1,000.00');
    await expect(cell(page, 'moderate', 'engine_size_usd')).toHaveText('$5,000.00');
    await expect(cell(page, 'aggressive', 'engine_size_usd')).toHaveText('$10,000.00');
    await expect(page.getByTestId('engine-total')).toContainText('$16,000.00');

    await preview.getByLabel('Signal strength').fill('0.5');
    await expect(cell(page, 'aggressive', 'size_usd')).toHaveText('$5,000.00');
    await expect(cell(page, 'conservative', 'size_usd')).toHaveText('$500.00');
    await expect(cell(page, 'aggressive', 'engine_size_usd')).toHaveText('$5,000.00');
  });

  test('shows the risk band of a strategy with risk_adjustment', async ({ page }) => {
    await page.goto('/');
    const config = MIXED.replace(
      '"method": "risk_based"\n      }',
      '"method": "risk_based"\n      },\n      "risk_adjustment": { "enabled": true, "min_risk_pct": 0.01, "max_risk_pct": 0.03 }',
    );
    await openConfig(page, config);
    await enterPrice(page);
    await expect(page.getByTestId('size-band')).toHaveCount(1);
    // moderate, risk_based over a 4 % stop at 1 % and 3 % risk of $10,000: $2,500 and $7,500,
    // capped at the global max $5,000; in figures, not only as a line on the chart.
    await expect(page.getByTestId('band-figures')).toHaveText(
      'moderate: $2,500.00 at min risk – $5,000.00 at max risk',
    );
  });

  test('reads amounts as traders type them and marks the field that cannot be read', async ({
    page,
  }) => {
    await openConfig(page, MIXED);
    const preview = page.getByRole('region', { name: 'Preview' });
    const equity = preview.getByLabel('Equity (USD)');
    await preview.getByLabel('Price (USD)').fill('$250');
    for (const typed of ['50000', '50,000', '$50,000', '50k', '0.05m']) {
      await equity.fill(typed);
      // moderate: 50,000 × 2 % / 4 % = 25,000, capped at the global max 5,000.
      await expect(cell(page, 'moderate', 'size_usd')).toHaveText('$5,000.00');
      await expect(equity).toHaveAttribute('aria-invalid', 'false');
    }
    await preview.getByLabel('Signal strength').fill('50%');
    await expect(cell(page, 'conservative', 'size_usd')).toHaveText('$500.00');
    await expect(cell(page, 'aggressive', 'engine_size_usd')).toHaveText('$5,000.00');

    await equity.fill('50,00');
    await expect(equity).toHaveAttribute('aria-invalid', 'true');
    await expect(preview.getByText('Commas group thousands')).toBeVisible();
    await preview.getByLabel('Signal strength').fill('50%%');
    await expect(preview.getByLabel('Signal strength')).toHaveAttribute('aria-invalid', 'true');
    await expect(preview.getByText('Enter a strength such as 0.5 or 50 %.')).toBeVisible();
  });

  test('starts without prices, asks for one, and remembers equity and prices per file', async ({
    page,
  }) => {
    await openConfig(page, MIXED, 'a.json');
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByLabel('Price (USD)')).toHaveValue('');
    await expect(preview.getByLabel('Price ETH-USD')).toHaveValue('');
    await expect(preview.getByText('enter a price').first()).toBeVisible();
    await expect(cell(page, 'conservative', 'engine_size_units')).toHaveText('—');

    await preview.getByLabel('Equity (USD)').fill('25k');
    await preview.getByLabel('Price ETH-USD').fill('2000');
    await openConfig(page, MIXED, 'b.json');
    await expect(preview.getByLabel('Equity (USD)')).toHaveValue('10000');
    await expect(preview.getByLabel('Price ETH-USD')).toHaveValue('');
    await openConfig(page, MIXED, 'a.json');
    await expect(preview.getByLabel('Equity (USD)')).toHaveValue('25k');
    await expect(preview.getByLabel('Price ETH-USD')).toHaveValue('2000');
  });

  test('says what each total leaves out and sets the engine total against equity', async ({
    page,
  }) => {
    // One typo in aggressive: a negative percentage is an error for the guide and $0 for the engine.
    await openConfig(page, MIXED.replace('"equity_percentage": 0.2', '"equity_percentage": -0.2'));
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByLabel('Equity (USD)').fill('10000');
    await preview.getByLabel('Price (USD)').fill('250');
    // Engine: conservative $1,000 + moderate 10,000 × 2 % / 10 % = $2,000; aggressive sizes $0.
    await expect(page.getByTestId('engine-total')).toHaveText(
      'The engine trades: $3,000.00 (2 of 3 strategies)',
    );
    await expect(page.getByTestId('engine-left-out')).toHaveText(
      '1 strategy not counted: size $0.00',
    );
    // $3,000 of $10,000, and of the engine's default leverage 25 × $10,000 = $250,000.
    await expect(page.getByTestId('engine-against-equity')).toHaveText(
      '30 % of equity ($10,000.00) · 1.2 % of equity × leverage 25 ($250,000.00)',
    );
    // Guide: $1,000 + moderate capped at $5,000; aggressive has an error and is not counted.
    await expect(page.getByTestId('preview-total')).toHaveText(
      'Guide total: $6,000.00 (60 % of equity)',
    );
    await expect(page.getByTestId('guide-left-out')).toHaveText('1 strategy not counted: errors');
  });
});
