import type { Page } from '@playwright/test';
import { MIXED, expect, openConfig, test } from './app.ts';

function order(page: Page): Promise<(string | null)[]> {
  return page
    .getByRole('list', { name: 'Strategies' })
    .locator('[data-strategy]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-strategy')));
}

test.describe('the strategy navigator', () => {
  test('selects on click, reorders by drag and by Alt+arrow', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.locator('#nav-strategy-1').click();
    await expect(page.getByRole('heading', { name: 'moderate' })).toBeVisible();

    await page.locator('#nav-strategy-0').dragTo(page.locator('#nav-strategy-2'));
    await expect.poll(() => order(page)).toEqual(['moderate', 'aggressive', 'conservative']);
    await expect(page.getByRole('heading', { name: 'conservative' })).toBeVisible();

    await page.locator('#nav-strategy-2').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => order(page)).toEqual(['moderate', 'conservative', 'aggressive']);
    await expect(page.locator('#nav-strategy-1')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('heading', { name: 'moderate' })).toBeVisible();
  });
});
