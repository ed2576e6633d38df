import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Compares the window with its committed baseline (test/e2e/__screenshots__). After a change
 * meant to look different, look at the new images, then run the spec with `--update-snapshots`.
 */
export async function matchesBaseline(page: Page, name: string): Promise<void> {
  // No tooltip from where the last click left the pointer, no focus ring from the last field.
  await page.mouse.move(1, page.viewportSize()?.height ?? 1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page).toHaveScreenshot(`${name}.png`, {
    mask: [page.locator('.monaco-editor .cursors-layer')],
  });
}
