import { MIXED, cell, expect, openConfig, savedText, test, enterPrice } from './app.ts';

test.describe('inheritance', () => {
  test('marks inherited, overridden and default values in the effective sizing table', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const expected: [string, string, string][] = [
      ['conservative', 'method', 'global'],
      ['conservative', 'fixed_amount_usd', 'global'],
      ['conservative', 'max_position_size_usd', 'global'],
      ['conservative', 'kelly_max_position_pct', 'default'],
      ['moderate', 'method', 'strategy'],
      ['moderate', 'risk_per_trade_pct', 'global'],
      ['aggressive', 'method', 'strategy'],
      ['aggressive', 'percent_equity', 'strategy'],
      ['aggressive', 'max_position_size_usd', 'strategy'],
      ['aggressive', 'fixed_amount_usd', 'global'],
    ];
    for (const [strategy, param, source] of expected) {
      await expect(cell(page, strategy, param)).toHaveAttribute('data-source', source);
    }
    // percent_equity is set only on "aggressive": the others have no value and no source.
    await expect(cell(page, 'conservative', 'percent_equity')).not.toHaveAttribute(
      'data-source',
      /./,
    );
  });

  test('the strategy form shows sources; Override then Reset returns the original bytes', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.locator('#nav-strategy-1').click();
    const sizing = page.getByRole('region', { name: 'Position sizing' });
    const risk = sizing.locator('[data-param="risk_per_trade_pct"]');
    await expect(risk).toHaveAttribute('data-source', 'global');
    await expect(risk.getByText('from global')).toBeVisible();
    await expect(sizing.locator('[data-param="method"]')).toHaveAttribute(
      'data-source',
      'strategy',
    );

    await risk.getByRole('button', { name: 'Override Risk per trade' }).click();
    await expect(risk).toHaveAttribute('data-source', 'strategy');
    await expect(risk.getByText('overrides global: 2 %')).toBeVisible();
    await risk.getByRole('textbox').fill('0.01');
    await expect(cell(page, 'moderate', 'risk_per_trade_pct')).toHaveAttribute(
      'data-source',
      'strategy',
    );
    await enterPrice(page);
    await expect(cell(page, 'moderate', 'size_usd')).toHaveText('$2,500.00');

    await risk.getByRole('button', { name: 'Reset to inherited: Risk per trade' }).click();
    await expect(risk).toHaveAttribute('data-source', 'global');
    expect(await savedText(page)).toBe(MIXED);
  });

  test('changing the method says what it needs and where it would come from', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.locator('#nav-strategy-0').click();
    const sizing = page.getByRole('region', { name: 'Position sizing' });
    await sizing.getByRole('combobox', { name: 'Method' }).click();
    await expect(
      page.getByRole('option', { name: /risk_based.*risk_per_trade_pct: from global/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('option', { name: /fixed_units.*fixed_units: missing/ }),
    ).toBeVisible();
    await page.getByRole('option', { name: /^fixed_units/ }).click();
    await expect(sizing.locator('[data-param="method"]')).toHaveAttribute(
      'data-source',
      'strategy',
    );
    await expect(page.getByTestId('method-needs')).toContainText('fixed_units is missing');
    await expect(cell(page, 'conservative', 'errors')).toHaveText('missing-parameter');
  });
});
