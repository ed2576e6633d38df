import type { Page } from '@playwright/test';
import { MIXED, expect, openConfig, replaceJson, test } from './app.ts';

function entry(page: Page, name: string) {
  return page.getByRole('list', { name: 'Strategies' }).locator(`[data-strategy="${name}"]`);
}

function order(page: Page): Promise<(string | null)[]> {
  return page
    .getByRole('list', { name: 'Strategies' })
    .locator('[data-strategy]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-strategy')));
}

/** MIXED without its last strategy, "aggressive"; and with it moved first. */
function withoutAggressive(): { deleted: string; movedFirst: string } {
  const start = MIXED.indexOf('    {\n      "name": "aggressive"');
  const end = MIXED.indexOf('\n  ]');
  const block = MIXED.slice(start, end);
  const deleted = MIXED.slice(0, start).replace(/,\n$/, '\n') + MIXED.slice(end + 1);
  const movedFirst = deleted.replace('"strategies": [\n', `"strategies": [\n${block},\n`);
  return { deleted, movedFirst };
}

function manyStrategies(count: number): string {
  const strategies = Array.from({ length: count }, (_, i) => ({
    name: `strategy_${i}`,
    market: 'BTC-USD',
    stop_loss_pct: 3,
  }));
  const config = { position_sizing: { method: 'fixed_usd', fixed_amount_usd: 1000 }, strategies };
  return `${JSON.stringify(config, null, 2)}\n`;
}

test.describe('the selection', () => {
  test('stays on the same strategy when JSON edits move or delete it', async ({ page }) => {
    const { deleted, movedFirst } = withoutAggressive();
    await page.goto('/');
    await openConfig(page, MIXED);
    await entry(page, 'aggressive').click();
    await expect(page.getByRole('heading', { name: 'aggressive' })).toBeVisible();
    await page.getByRole('button', { name: 'Split', exact: true }).click();

    await replaceJson(page, movedFirst);
    await expect.poll(() => order(page)).toEqual(['aggressive', 'conservative', 'moderate']);
    await expect(page.getByRole('heading', { name: 'aggressive' })).toBeVisible();
    await expect(page.getByText('Strategy 1 of 3')).toBeVisible();
    await expect(entry(page, 'aggressive')).toHaveAttribute('aria-current', 'true');

    await replaceJson(page, deleted);
    await expect.poll(() => order(page)).toEqual(['conservative', 'moderate']);
    await expect(page.getByRole('heading', { name: 'Global sizing' })).toBeVisible();
  });

  test('is revealed in the JSON view beside the form', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, manyStrategies(40));
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    const json = page.getByTestId('json-view');
    await expect(json.locator('.view-line', { hasText: '"position_sizing"' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Search settings' }).fill('strategy_39');
    await entry(page, 'strategy_39').click();
    await expect(page.getByRole('heading', { name: 'strategy_39' })).toBeVisible();
    await expect(json.locator('.view-line', { hasText: 'strategy_39' })).toBeVisible();
    await expect(json.locator('.view-line', { hasText: '"position_sizing"' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Global sizing' }).click();
    await expect(json.locator('.view-line', { hasText: '"position_sizing"' })).toBeVisible();
  });
});
