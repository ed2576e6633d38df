import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';

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
    stylePath: AT_REST,
  });
}

/**
 * Monaco shows its scrollbar sliders while the view scrolls and fades them out a moment later,
 * so a baseline held them or not by timing: a run on a busy machine once failed on nothing else.
 * Its sticky-scroll header (the enclosing block's first line, pinned above the text) is drawn
 * or not by timing too: a run on a busy machine went ten seconds without it, the baseline had it.
 * The style hides both in every comparison: the text under the header shows instead, so a
 * baseline shows the sliders as a window at rest does, and the header never.
 */
const AT_REST = fileURLToPath(new URL('./screenshot-at-rest.css', import.meta.url));
