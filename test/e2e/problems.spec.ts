import type { Page } from '@playwright/test';
import { expect, openConfig, replaceJson, test } from './app.ts';

/**
 * One problem of each kind: file-level (a comment), a root key without a form field (the
 * engine's root cap), a global field (max_leverage), a strategy field (a stop written as a
 * fraction), one mistake that two codes report (an unknown method), and an info.
 */
const PROBLEMS = `{
  // Sizing every strategy inherits.
  "position_sizing": {
    "method": "fixed_usd",
    "fixed_usd_amount": 1000,
    "max_position_size_usd": 5000,
    "max_leverage": -1
  },
  "max_position_size_usd": 3000,
  "strategies": [
    {
      "name": "swing",
      "market": "ETH-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "stop_loss_pct": 0.03
    },
    {
      "name": "trend",
      "market": "BTC-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "position_sizing": { "method": "foo" }
    },
    {
      "name": "band",
      "market": "SOL-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "risk_adjustment": { "enabled": false }
    }
  ],
  "exchanges": [{ "name": "hyperliquid", "exchange_type": "hyperliquid", "enabled": true }],
  "indicators": [{ "name": "rsi_1h", "type": "rsi", "enabled": true }]
}
`;

function problem(page: Page, code: string) {
  return page.getByRole('list', { name: 'Problems' }).locator(`[data-code="${code}"]`);
}

async function openProblems(page: Page): Promise<void> {
  await openConfig(page, PROBLEMS);
  await page.getByTestId('status-chip').click();
  await expect(page.getByRole('list', { name: 'Problems' })).toBeVisible();
}

/** The JSON view's selected text, as Ctrl+C copies it (the editor has the keyboard focus). */
async function selectedJson(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await expect(page.getByTestId('json-view').locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('Control+c');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('problems', () => {
  test('the chip and the Problems tab count the same problems, infos apart', async ({ page }) => {
    await openConfig(page, PROBLEMS);
    await expect(page.getByTestId('status-chip')).toHaveText('5 problems · 1 info');
    await expect(page.getByRole('tab', { name: 'Problems (5) · 1 info' })).toBeVisible();
    await page.getByTestId('status-chip').click();
    await expect(page.getByTestId('problems-summary')).toHaveText('2 errors, 3 warnings, 1 info');
    // The info is listed after the problems, under its own heading.
    await expect(page.getByText('Info (1): not counted as problems')).toBeVisible();

    // Only the info left: never "No problems" beside a tab that counts some, nor the reverse.
    const onlyInfo = PROBLEMS.replace('  // Sizing every strategy inherits.\n', '')
      .replace('"max_leverage": -1', '"max_leverage": 2')
      .replace('  "max_position_size_usd": 3000,\n', '')
      .replace('"stop_loss_pct": 0.03', '"stop_loss_pct": 3')
      .replace('"method": "foo"', '"method": "fixed_usd"');
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await replaceJson(page, onlyInfo);
    await expect(page.getByTestId('status-chip')).toHaveText('No problems · 1 info');
    await expect(page.getByRole('tab', { name: 'Problems (0) · 1 info' })).toBeVisible();
  });

  test('one mistake that the guide and the engine both report is one problem saying both', async ({
    page,
  }) => {
    await openProblems(page);
    const row = problem(page, 'unknown-method');
    await expect(row).toHaveCount(1);
    await expect(problem(page, 'engine-unknown-method')).toHaveCount(0);
    await expect(row).toHaveAttribute('data-codes', 'unknown-method engine-unknown-method');
    await expect(row).toContainText('Use one of fixed_usd');
    await expect(row).toContainText('The engine does not know the method "foo"');
    await expect(row).toContainText('unknown-method + engine-unknown-method');
  });

  test("a strategy's problem leads to its form field, in the Form and in the Split view", async ({
    page,
  }) => {
    await openProblems(page);
    await problem(page, 'suspicious-unit').click();
    const stop = page.locator('#field-strategy-0-stop_loss_pct');
    await expect(page.getByRole('heading', { name: 'swing' })).toBeVisible();
    await expect(stop).toBeFocused();
    await expect(stop).toBeInViewport();
    await expect(page.getByTestId('json-view')).toHaveCount(0);

    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await page.getByRole('button', { name: 'Global sizing' }).click();
    await problem(page, 'unknown-method').click();
    await expect(page.getByRole('heading', { name: 'trend' })).toBeVisible();
    await expect(page.locator('#field-strategy-1-sizing-method')).toBeFocused();
    // Beside it, the JSON view selects the value at fault.
    const json = page.getByTestId('json-view');
    await expect(json.locator('.selected-text').first()).toBeVisible();
    await expect(json.locator('.view-line', { hasText: '"method": "foo"' })).toBeInViewport();
  });

  test('a global problem leads to the global form field', async ({ page }) => {
    await openProblems(page);
    await page.locator('#nav-strategy-2').click();
    await problem(page, 'range').click();
    await expect(page.getByRole('heading', { name: 'Global sizing' })).toBeVisible();
    await expect(page.locator('#field-global-max_leverage')).toBeFocused();
  });

  test('a file-level problem opens the JSON view with its range selected', async ({ page }) => {
    await openProblems(page);
    await problem(page, 'not-strict-json').click();
    await expect(page.getByRole('button', { name: 'Split', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await selectedJson(page)).toBe('// Sizing every strategy inherits.');

    // A root key the form has no field for: the JSON view, at the key.
    await problem(page, 'engine-root-cap').click();
    expect(await selectedJson(page)).toBe('"max_position_size_usd"');
    // An info on a strategy's block the form shows: its switch, in the form beside.
    await problem(page, 'engine-unused').click();
    await expect(page.getByRole('heading', { name: 'band' })).toBeVisible();
    await expect(page.locator('#field-strategy-2-risk_adjustment_enabled')).toBeFocused();
  });
});
