import type { Page } from '@playwright/test';

const FIELD = 'field-global-fixed_amount_usd';

/** Main-thread tasks over 50 ms, collected in the page from now on. */
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
})()`;

/** One edit typed in the JSON view: until the form showed it, and the longest task meanwhile. */
export interface JsonEdit {
  readonly follow: number;
  readonly longest: number;
}

/**
 * With a generated config open, types `edits` changes to the global fixed amount in the JSON
 * view (Backspace and a digit, on line 5) and times each until the form field follows.
 */
export async function typeInJsonView(page: Page, edits: number): Promise<JsonEdit[]> {
  await page.getByRole('button', { name: 'Split', exact: true }).click();
  await page.getByTestId('json-view').locator('.view-lines').first().click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.evaluate(OBSERVE_LONG_TASKS);
  const out: JsonEdit[] = [];
  for (let i = 0; i < edits; i++) {
    const digit = String((i % 9) + 1);
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Backspace');
    await page.keyboard.type(digit);
    await page.waitForFunction(
      ([id, value]) => (document.getElementById(id as string) as HTMLInputElement).value === value,
      [FIELD, `100${digit}`],
    );
    const t1 = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate<{ start: number; duration: number }[]>('window.__longTasks');
    const during = tasks.filter((t) => t.start >= t0 && t.start <= t1).map((t) => t.duration);
    out.push({ follow: t1 - t0, longest: Math.max(0, ...during) });
    await page.waitForTimeout(200);
  }
  return out;
}
