import type { Page } from '@playwright/test';
import { MIXED, enterPrice, expect, openConfig, test } from './app.ts';

/** Elements whose right edge passes the window or a clipping box (scrolling boxes excepted). */
function overdrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.monaco-editor, [role="tooltip"]') !== null) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Invisible: empty boxes and the transparent inputs MUI lays over a switch.
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.opacity === '0')
        continue;
      let edge = window.innerWidth;
      let scrolls = false;
      for (let a = el.parentElement; a !== null && !scrolls; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowX;
        scrolls = overflow === 'auto' || overflow === 'scroll';
        if (overflow === 'hidden' || overflow === 'clip')
          edge = Math.min(edge, a.getBoundingClientRect().right);
      }
      if (!scrolls && r.right > edge + 1)
        found.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}" ${Math.round(r.right)} > ${Math.round(edge)}`,
        );
    }
    return found;
  });
}

/** Readouts beside number values ("$1,000.00") that cover or cut off the value. */
function coveredValues(page: Page): Promise<string[]> {
  return page.locator('[data-testid$="-aside"]').evaluateAll((asides) =>
    asides.flatMap((aside) => {
      const input = aside.closest('.MuiInputBase-root')?.querySelector('input');
      if (!input) return [];
      const cut = input.scrollWidth > input.clientWidth;
      const over = input.getBoundingClientRect().right > aside.getBoundingClientRect().left + 0.5;
      return cut || over ? [`${input.id}: "${input.value}" under "${aside.textContent}"`] : [];
    }),
  );
}

const separator = (page: Page, name: string) => page.getByRole('separator', { name });
const valueOf = async (page: Page, name: string) =>
  Number(await separator(page, name).getAttribute('aria-valuenow'));
const widthOf = async (page: Page, selector: string) =>
  (await page.locator(selector).boundingBox())?.width ?? 0;

/** Drags a splitter by (dx, dy) from its centre. */
async function drag(page: Page, name: string, dx: number, dy: number): Promise<void> {
  const box = await separator(page, name).boundingBox();
  if (box === null) throw new Error(`${name} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2);
  await page.mouse.move(x + dx, y + dy);
  await page.mouse.up();
}

const LONG_NAME = 'aggressive_multi_timeframe_breakout_with_trailing_stop';

test.describe('layout at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('the app bar is one row and nothing passes the right edge, in every view', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED, 'spark-stacker-multi-timeframe-example.json');
    await enterPrice(page, '2,000');
    const bar = page.locator('header');
    for (const view of ['Form', 'Split', 'JSON']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      if (view !== 'JSON') await page.locator('#nav-strategy-1').click();
      const box = await bar.boundingBox();
      expect(box?.height, `${view}: app bar height`).toBeLessThanOrEqual(49);
      const tall = await bar
        .locator('button, h1, .MuiChip-root')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 40).length);
      expect(tall, `${view}: app bar items on two lines`).toBe(0);
      expect(await overdrawn(page), view).toEqual([]);
    }
    // The shortened Export keeps its full name for assistive technology.
    await expect(page.getByRole('button', { name: 'Export validated config.json…' })).toBeVisible();
  });

  test("a number field's readout never covers its value in the Split view", async ({ page }) => {
    await page.goto('/');
    await openConfig(
      page,
      MIXED.replace('"fixed_usd_amount": 1000', '"fixed_usd_amount": 1234567.89'),
    );
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await expect(page.locator('[data-testid$="-aside"]').first()).toBeVisible();
    expect(await coveredValues(page)).toEqual([]);
    await page.locator('#nav-strategy-2').click();
    await expect(page.locator('[data-testid$="-aside"]').first()).toBeVisible();
    expect(await coveredValues(page)).toEqual([]);
    expect(await overdrawn(page)).toEqual([]);
  });
});

test.describe('resizable panels', () => {
  test('the navigator resizes by drag and by arrow keys, and collapses and restores', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const name = 'Resize navigator';
    const start = await valueOf(page, name);
    expect(Math.round(await widthOf(page, '#navigator-panel'))).toBe(start);

    await drag(page, name, 80, 0);
    await expect.poll(() => valueOf(page, name)).toBe(start + 80);
    expect(Math.round(await widthOf(page, '#navigator-panel'))).toBe(start + 80);

    await separator(page, name).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => valueOf(page, name)).toBe(start + 64);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => valueOf(page, name)).toBe(start);
    await page.keyboard.press('Home');
    await expect.poll(() => valueOf(page, name)).toBe(200);

    const navigator = page.getByRole('navigation', { name: 'Navigator' });
    await page.keyboard.press('Enter');
    await expect(navigator).toBeHidden();
    await expect(separator(page, name)).toHaveAttribute('aria-valuetext', 'collapsed');
    await page.keyboard.press('ArrowRight');
    await expect(navigator).toBeVisible();
    await expect.poll(() => valueOf(page, name)).toBe(200);

    // Dragged far enough left it collapses; the app bar's button brings it back.
    await drag(page, name, -150, 0);
    await expect(navigator).toBeHidden();
    await page.getByRole('button', { name: 'Show navigator' }).click();
    await expect(navigator).toBeVisible();
    await page.keyboard.press('Control+b');
    await expect(navigator).toBeHidden();
  });

  test('the split between form and JSON follows the drag and the arrow keys', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await expect(page.locator('.monaco-editor')).toBeVisible();
    const name = 'Resize form and JSON view';
    expect(await valueOf(page, name)).toBe(50);
    const share = async () => {
      const form = await widthOf(page, '#form-panel');
      return (100 * form) / (form + (await widthOf(page, '#json-panel')));
    };
    expect(await share()).toBeCloseTo(50, 0);

    await separator(page, name).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => valueOf(page, name)).toBe(54);
    await expect.poll(share).toBeCloseTo(54, 0);

    const row = (await widthOf(page, '#form-panel')) + (await widthOf(page, '#json-panel'));
    await drag(page, name, -Math.round(row * 0.14), 0);
    await expect.poll(() => valueOf(page, name)).toBe(40);
    await expect.poll(share).toBeCloseTo(40, 0);
    // Not past the form's minimum: the JSON view cannot squeeze it away.
    await page.keyboard.press('Home');
    expect(await widthOf(page, '#form-panel')).toBeGreaterThanOrEqual(399);
  });

  test('the bottom panel resizes, hides and shows, and a tab click reopens it', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const name = 'Resize bottom panel';
    const start = await valueOf(page, name);
    const height = async () => (await page.locator('#bottom-panel').boundingBox())?.height ?? 0;
    expect(Math.round(await height())).toBe(start);

    await drag(page, name, 0, -100);
    await expect.poll(() => valueOf(page, name)).toBe(start + 100);
    await separator(page, name).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => valueOf(page, name)).toBe(start + 84);
    expect(Math.round(await height())).toBe(start + 84);

    const table = page.getByRole('table', { name: 'Effective sizing' });
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await expect(table).toBeHidden();
    expect(await height()).toBeLessThan(40);
    await page.getByRole('tab', { name: /Problems/ }).click();
    await expect(page.getByRole('button', { name: 'Hide panel' })).toBeVisible();
    await page.keyboard.press('Control+j');
    await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
    // The status chip opens the Problems tab even while that tab is the collapsed one.
    await page.getByTestId('status-chip').click();
    await expect(page.getByRole('button', { name: 'Hide panel' })).toBeVisible();
    await page.keyboard.press('Control+j');
    await page.keyboard.press('Control+j');
    await page.getByRole('tab', { name: /Effective sizing/ }).click();
    await expect(table).toBeVisible();
    expect(Math.round(await height())).toBe(start + 84);
  });

  test('sizes and collapsed panels are remembered after a reload', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await drag(page, 'Resize navigator', 48, 0);
    await separator(page, 'Resize form and JSON view').focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Hide panel' }).click();
    const before = {
      navigator: await valueOf(page, 'Resize navigator'),
      split: await valueOf(page, 'Resize form and JSON view'),
    };
    expect(before.split).toBe(42);

    await page.reload();
    await openConfig(page, MIXED);
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    expect(await valueOf(page, 'Resize navigator')).toBe(before.navigator);
    expect(Math.round(await widthOf(page, '#navigator-panel'))).toBe(before.navigator);
    expect(await valueOf(page, 'Resize form and JSON view')).toBe(before.split);
    await expect(page.getByRole('table', { name: 'Effective sizing' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();

    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Reset layout' }).click();
    await expect(page.getByRole('table', { name: 'Effective sizing' })).toBeVisible();
    expect(await valueOf(page, 'Resize form and JSON view')).toBe(50);
  });
});

test.describe('names', () => {
  test('a name shows whole where it fits, and in a tooltip where it does not', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED.replace('"name": "aggressive"', `"name": "${LONG_NAME}"`));
    const cut = (sel: string) =>
      page.locator(`${sel} p`).evaluate((p) => p.scrollWidth > p.clientWidth);
    expect(await cut('#nav-strategy-1')).toBe(false);
    expect(await cut('#nav-strategy-2')).toBe(true);

    await page.locator('#nav-strategy-2 p').hover();
    await expect(page.getByRole('tooltip', { name: LONG_NAME })).toBeVisible();
    await page.locator('#nav-strategy-1 p').hover();
    await expect(page.getByRole('tooltip', { name: LONG_NAME })).toHaveCount(0);
    await page.waitForTimeout(600);
    await expect(page.getByRole('tooltip', { name: 'moderate' })).toHaveCount(0);

    // Wide enough, the long name is whole too.
    await separator(page, 'Resize navigator').focus();
    await page.keyboard.press('End');
    expect(await cut('#nav-strategy-2')).toBe(false);
  });
});

test('the first switch to the JSON view shows a skeleton at once, then the editor', async ({
  page,
}) => {
  await page.goto('/');
  await openConfig(page, MIXED);
  // Hold the editor's code, as a slow disk or first start would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js(\?.*)?$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  const skeleton = page.getByRole('progressbar', { name: 'Loading the JSON view' });
  await expect(skeleton).toBeVisible({ timeout: 500 });
  // Lines shaped like the text to come (not a spinner), filling the JSON view's place.
  expect(await skeleton.locator('.MuiSkeleton-root').count()).toBeGreaterThanOrEqual(20);
  const area = await page.locator('#json-panel').boundingBox();
  expect((await skeleton.boundingBox())?.height).toBeGreaterThan((area?.height ?? 0) * 0.9);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  release();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await expect(skeleton).toBeHidden();
});
