import type { Page } from '@playwright/test';
import { fixtureText } from '../fixtures/read-fixture.ts';
import { MIXED, cell, enterPrice, expect, openConfig, test } from './app.ts';

const table = (page: Page) => page.getByRole('table', { name: 'Effective sizing' });
const scroller = (page: Page) => page.getByLabel('Effective sizing, scrollable');

/** Whether the strategy's name cell is the element drawn at its own centre (nothing covers it). */
async function nameIsUncovered(page: Page, strategy: string): Promise<boolean> {
  const name = page.locator(`tr[data-strategy="${strategy}"] th`).first();
  return name.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + 12, box.top + box.height / 2);
    return top !== null && el.contains(top);
  });
}

test.describe('positions first', () => {
  test('answers what each strategy trades without sideways scrolling at 1440×900', async ({
    page,
  }) => {
    await openConfig(page, MIXED);
    await enterPrice(page, '2000');
    const headers = await table(page).locator('thead th:visible').allTextContents();
    // The trader's question first: what, on which market, how, and how much the engine trades.
    expect(headers.slice(0, 4).map((h) => h.trim())).toEqual([
      'Strategy',
      'Market',
      'Method',
      expect.stringMatching(/^Engine size/),
    ]);
    const overflow = await scroller(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(cell(page, 'moderate', 'engine_size_usd')).toBeInViewport();
    await expect(cell(page, 'moderate', 'limits_applied')).toBeInViewport();
  });

  test('keeps the names visible and uncovered while a wide table scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openConfig(page, fixtureText('all-methods.json'), 'all-methods.json');
    await enterPrice(page, '2000');
    await page.getByLabel(/All parameters/).check();
    const box = scroller(page);
    const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(0);
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    for (const strategy of ['fixed', 'units']) {
      await expect(page.locator(`tr[data-strategy="${strategy}"] th`).first()).toBeInViewport();
      expect(await nameIsUncovered(page, strategy)).toBe(true);
    }
  });
});
