import type { Locator, Page } from '@playwright/test';
import { MIXED, cell, expect, openConfig, savedText, test } from './app.ts';

/** The Position sizing section of a strategy, selected in the navigator. */
async function sizingOf(page: Page, index: number) {
  await page.locator(`#nav-strategy-${index}`).click();
  return page.getByRole('region', { name: 'Position sizing' });
}

test.describe('inheritance you can act on', () => {
  test('typing into an inherited field overrides it from the first keystroke, as one undo step', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const sizing = await sizingOf(page, 1);
    const risk = sizing.locator('[data-param="risk_per_trade_pct"]');
    const input = risk.getByRole('textbox', { name: 'Risk per trade' });
    await expect(risk).toHaveAttribute('data-source', 'global');
    await expect(input).toBeEditable();
    await expect(input).toHaveValue('0.02');

    await input.click();
    await page.keyboard.press('End');
    await page.keyboard.press('5');
    await expect(risk).toHaveAttribute('data-source', 'strategy');
    await expect(cell(page, 'moderate', 'risk_per_trade_pct')).toHaveAttribute(
      'data-source',
      'strategy',
    );
    await page.keyboard.press('Backspace');
    await page.keyboard.press('3');
    await expect(input).toHaveValue('0.023');
    const saved = await savedText(page);
    expect(saved).toContain('"method": "risk_based",\n        "risk_per_trade_pct": 0.023\n');
    expect(saved).toContain('// one thousand dollars');

    await input.focus();
    await page.keyboard.press('Control+z');
    await expect(risk).toHaveAttribute('data-source', 'global');
    expect(await savedText(page)).toBe(MIXED);
  });

  test('Tab reaches inherited fields', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const sizing = await sizingOf(page, 0);
    await expect(sizing.locator('[data-param="fixed_amount_usd"]')).toHaveAttribute(
      'data-source',
      'global',
    );
    await sizing.getByRole('combobox', { name: 'Method' }).focus();
    const fixed = sizing.getByRole('textbox', { name: 'Fixed amount (USD)' });
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await fixed.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(fixed).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(sizing.getByRole('textbox', { name: 'Max position (USD)' })).toBeFocused();
  });

  test('a legend says what set, inherited, default and not used mean', async ({ page }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const legend = (await sizingOf(page, 1)).getByRole('list', { name: 'Legend' });
    await expect(legend).toBeVisible();
    await expect(legend).toContainText('set on this strategy');
    await expect(legend).toContainText('inherited from Global sizing: type to override');
    await expect(legend).toContainText('built-in default');
    await expect(legend).toContainText('set, but risk_based does not read it');
  });

  test('Reset all overrides makes every value inherited again as one undo step', async ({
    page,
  }) => {
    const text = MIXED.replace(
      '"method": "percent_equity",',
      '// sized on its own\n\n        "method": "percent_equity",',
    );
    await page.goto('/');
    await openConfig(page, text);
    const sizing = await sizingOf(page, 2);
    await sizing.getByRole('button', { name: 'Reset all overrides (3)' }).click();
    for (const key of ['method', 'max_position_size_usd']) {
      await expect(sizing.locator(`[data-param="${key}"]`)).toHaveAttribute(
        'data-source',
        'global',
      );
    }
    await expect(sizing.getByRole('button', { name: 'Reset all overrides' })).toBeDisabled();
    await expect(cell(page, 'aggressive', 'method')).toHaveAttribute('data-source', 'global');
    const saved = await savedText(page);
    expect(saved).not.toContain('equity_percentage');
    expect(saved).not.toContain('15000');
    expect(saved).toContain('// sized on its own');
    expect(saved).toContain('// one thousand dollars');

    await page.keyboard.press('Control+z');
    expect(await savedText(page)).toBe(text);
  });

  test('global values set away from the built-in default are marked, with the default', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    const field = (key: string) => page.locator(`[data-global-param="${key}"]`);
    await expect(
      field('fixed_amount_usd').getByRole('img', { name: 'Modified: no built-in default' }),
    ).toBeVisible();
    await expect(field('method')).toHaveAttribute('data-modified', 'false');
    await expect(field('kelly_max_position_pct')).toHaveAttribute('data-modified', 'false');

    const kelly = page.getByRole('textbox', { name: 'Kelly max position' });
    await kelly.fill('0.25');
    await expect(field('kelly_max_position_pct')).toHaveAttribute('data-modified', 'false');
    await kelly.fill('0.3');
    await expect(
      field('kelly_max_position_pct').getByRole('img', { name: 'Modified: default 25 %' }),
    ).toBeVisible();
    await expect(field('kelly_max_position_pct')).toContainText('Modified · default 25 %');

    await page.locator('#field-global-method').click();
    await page.getByRole('option', { name: /^risk_based/ }).click();
    await expect(
      field('method').getByRole('img', { name: 'Modified: default fixed_usd' }),
    ).toBeVisible();
  });
});

/** WCAG contrast of an element's text against the first opaque background behind it. */
async function contrastOf(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    let bg = [255, 255, 255];
    for (let e: Element | null = el; e !== null; e = e.parentElement) {
      const [r = 0, g = 0, b = 0, a = 1] = rgba(getComputedStyle(e).backgroundColor);
      if (a === 1) {
        bg = [r, g, b];
        break;
      }
    }
    const [r = 0, g = 0, b = 0, a = 1] = rgba(getComputedStyle(el).color);
    const fg = [r, g, b].map((v, i) => v * a + (bg[i] ?? 0) * (1 - a));
    const lum = (c: number[]) => {
      const [x = 0, y = 0, z = 0] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * x + 0.7152 * y + 0.0722 * z;
    };
    const [hi, lo] = [lum(fg), lum(bg)].sort((p, q) => q - p);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`inherited and not-used values read at 4.5:1 or more (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('spark-config-editor.theme', t), theme);
    await page.goto('/');
    // moderate (risk_based) sets a fixed amount it does not read.
    await openConfig(
      page,
      MIXED.replace('"method": "risk_based"', '"method": "risk_based", "fixed_usd_amount": 500'),
    );
    const sizing = await sizingOf(page, 1);
    await expect(sizing.locator('[data-param="fixed_amount_usd"]')).toContainText('not used');
    const texts = [
      ...['risk_per_trade_pct', 'max_position_size_usd', 'fixed_amount_usd'].map((id) =>
        page.locator(`#field-strategy-1-sizing-${id}`),
      ),
      ...(await sizing.locator('.MuiChip-label').all()),
      ...(await sizing.getByTestId('source-legend').locator('li > span').all()),
    ];
    expect(texts.length).toBeGreaterThan(8);
    for (const text of texts) expect(await contrastOf(text)).toBeGreaterThanOrEqual(4.5);
  });
}
