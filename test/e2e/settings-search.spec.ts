import type { Page } from '@playwright/test';
import { MIXED, enterPrice, expect, openConfig, test } from './app.ts';

// conservative: disabled, all inherited; moderate: overrides the method, its stop differs from
// the engine's 10 %; aggressive: three overrides, one out of range.
const SEARCHED = MIXED.replace(
  '"name": "conservative",',
  '"name": "conservative",\n      "enabled": false,',
).replace('"equity_percentage": 0.2', '"equity_percentage": 2');

/** The strategies the navigator shows, in order. */
async function shown(page: Page): Promise<string[]> {
  const entries = page.getByRole('list', { name: 'Strategies' }).locator('[data-strategy]');
  return entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-strategy') ?? ''));
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Search settings' }).fill(query);
}

test.describe('settings search', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await openConfig(page, SEARCHED);
  });

  test('finds strategies by name and market, and says how many of all', async ({ page }) => {
    await search(page, 'eth');
    await expect.poll(() => shown(page)).toEqual(['moderate']);
    await expect(page.getByTestId('strategy-count')).toHaveText('1 of 3 strategies');
    await search(page, 'aggr');
    await expect.poll(() => shown(page)).toEqual(['aggressive']);
    await search(page, 'doge');
    await expect.poll(() => shown(page)).toEqual([]);
    await expect(page.getByTestId('strategy-count')).toHaveText('0 of 3 strategies');
    await page.getByRole('textbox', { name: 'Search settings' }).press('Escape');
    await expect(page.getByTestId('strategy-count')).toHaveText('Strategies (3)');
  });

  test('finds a field by its key and picks it out in the forms', async ({ page }) => {
    await search(page, 'max_position');
    await expect.poll(() => shown(page)).toEqual(['conservative', 'moderate', 'aggressive']);
    await expect(page.locator('[data-global-param="max_position_size_usd"]')).toHaveAttribute(
      'data-match',
      'true',
    );
    await expect(page.locator('[data-global-param="fixed_amount_usd"]')).not.toHaveAttribute(
      'data-match',
    );
    await page.locator('#nav-strategy-1').click();
    const sizing = page.getByRole('region', { name: 'Position sizing' });
    await expect(sizing.locator('[data-match="true"]')).toHaveCount(1);
    await expect(sizing.getByTestId('search-picks')).toHaveText(
      'The search picks out 1 field, outlined below.',
    );
    await expect(sizing.locator('[data-param="max_position_size_usd"]')).toHaveAttribute(
      'data-match',
      'true',
    );
  });

  test('the Global sizing entry counts the global settings the search picks out', async ({
    page,
  }) => {
    const entry = page.getByRole('navigation', { name: 'Navigator' }).getByRole('button', {
      name: /^Global sizing/,
    });
    const badge = entry.locator('[data-badge="matches"]');
    await expect(entry).toHaveAccessibleName('Global sizing');
    await search(page, 'leverage');
    await expect(badge).toHaveText('1 match');
    await expect(entry).toHaveAccessibleName('Global sizing 1 setting matches the search');
    await search(page, 'max');
    await expect(badge).toHaveText('3 matches');
    await entry.click();
    await expect(page.locator('#form-panel [data-match="true"]')).toHaveCount(3);
    // Words the global block cannot hold: the strategies may match, the global block does not.
    await search(page, 'leverage eth');
    await expect.poll(() => shown(page)).toEqual(['moderate']);
    await expect(badge).toHaveCount(0);
    await expect(entry).toHaveAccessibleName('Global sizing');
    await expect(page.locator('#form-panel [data-match="true"]')).toHaveCount(0);
    await search(page, '@disabled');
    await expect(badge).toHaveCount(0);
  });

  test('finds values, inherited ones too, but not a number inside another', async ({ page }) => {
    await search(page, '5000');
    await expect.poll(() => shown(page)).toEqual(['conservative', 'moderate']);
    await search(page, '$15,000');
    await expect.poll(() => shown(page)).toEqual(['aggressive']);
    await search(page, '500');
    await expect.poll(() => shown(page)).toEqual([]);
  });

  test('@overridden keeps strategies that override and picks out their overrides', async ({
    page,
  }) => {
    await search(page, '@overridden');
    await expect.poll(() => shown(page)).toEqual(['moderate', 'aggressive']);
    await page.locator('#nav-strategy-2').click();
    const sizing = page.getByRole('region', { name: 'Position sizing' });
    await expect(sizing.locator('[data-match="true"]')).toHaveCount(3);
  });

  test('@errors keeps strategies with errors', async ({ page }) => {
    await search(page, '@errors');
    await expect.poll(() => shown(page)).toEqual(['aggressive']);
    await search(page, '@errors eth');
    await expect.poll(() => shown(page)).toEqual([]);
  });

  test('@disabled keeps strategies that do not run', async ({ page }) => {
    await search(page, '@disabled');
    await expect.poll(() => shown(page)).toEqual(['conservative']);
  });

  test('@diverges keeps the strategies the engine sizes differently', async ({ page }) => {
    await search(page, '@diverges');
    // No price yet: no size to compare.
    await expect.poll(() => shown(page)).toEqual([]);
    await enterPrice(page);
    await expect.poll(() => shown(page)).toEqual(['moderate', 'aggressive']);
    await expect(page.locator('#nav-strategy-1 [data-badge="diverges"]')).toBeVisible();
  });

  test('the filters menu adds a filter; a misspelt one says so', async ({ page }) => {
    await page.getByRole('button', { name: 'Search filters' }).click();
    await page.getByRole('menuitem', { name: /@disabled/ }).click();
    await expect(page.getByRole('textbox', { name: 'Search settings' })).toHaveValue('@disabled ');
    await expect.poll(() => shown(page)).toEqual(['conservative']);
    await search(page, '@overriden');
    await expect(page.getByText('Unknown filter @overriden')).toBeVisible();
    await expect.poll(() => shown(page)).toEqual([]);
  });
});

test.describe('settings search in a short window', () => {
  test.use({ viewport: { width: 1024, height: 600 } });

  test('brings the first field it picks out into view and leaves the typing in the search box', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, SEARCHED);
    await page.locator('#nav-strategy-2').click();
    const leverage = page.locator('#form-panel [data-param="max_leverage"]');
    await expect(leverage).toBeAttached();
    await expect(leverage).not.toBeInViewport();
    await search(page, 'leverage');
    await expect(leverage).toHaveAttribute('data-match', 'true');
    await expect(leverage).toBeInViewport();
    await expect(page.getByRole('textbox', { name: 'Search settings' })).toBeFocused();
  });
});
