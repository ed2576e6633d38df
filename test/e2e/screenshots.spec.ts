import type { Page } from '@playwright/test';
import { MIXED, expect, openConfig, replaceJson, test } from './app.ts';
import { matchesBaseline } from './screenshot.ts';

/** The main views, light and dark, against their committed baselines. */
async function matches(page: Page, name: string, theme: string): Promise<void> {
  await matchesBaseline(page, `${name}-${theme}`);
}

const BANDED = MIXED.replace(
  '"method": "risk_based"\n      }',
  '"method": "risk_based"\n      },\n      "risk_adjustment": { "enabled": true, "min_risk_pct": 0.01, "max_risk_pct": 0.03 }',
);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`main views (${theme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('spark-config-editor.theme', t), theme);
    });

    test('empty, global form, preview', async ({ page }) => {
      await page.goto('/');
      await matches(page, 'empty', theme);
      await openConfig(page, BANDED, 'mixed.jsonc');
      await matches(page, 'global-form', theme);
      const preview = page.getByRole('region', { name: 'Preview' });
      await preview.getByLabel('Equity (USD)').fill('25,00');
      await matches(page, 'preview-invalid', theme);
      await preview.getByLabel('Equity (USD)').fill('25k');
      await preview.getByLabel('Price (USD)').fill('$250');
      await preview.getByLabel('Price ETH-USD').fill('2,000');
      await matches(page, 'preview-priced', theme);
    });

    test('strategy form, split, JSON, problems', async ({ page }) => {
      await openConfig(page, BANDED, 'mixed.jsonc');
      await page.getByRole('region', { name: 'Preview' }).getByLabel('Price (USD)').fill('250');
      await page.locator('#nav-strategy-1').click();
      await matches(page, 'strategy-form', theme);
      await page.getByRole('button', { name: 'Split', exact: true }).click();
      await expect(page.locator('.monaco-editor')).toBeVisible();
      await matches(page, 'split', theme);
      await page.getByRole('button', { name: 'JSON', exact: true }).click();
      await matches(page, 'json', theme);
      await page.getByTestId('status-chip').click();
      await matches(page, 'problems', theme);
    });

    test('settings search', async ({ page }) => {
      await openConfig(page, BANDED, 'mixed.jsonc');
      await page.getByRole('textbox', { name: 'Search settings' }).fill('max');
      await expect(page.locator('[data-badge="matches"]')).toHaveText('3 matches');
      await matches(page, 'settings-search', theme);
    });

    test('syntax error and export dialog', async ({ page }) => {
      await openConfig(page, BANDED, 'mixed.jsonc');
      await page.getByRole('button', { name: 'JSON', exact: true }).click();
      await replaceJson(page, BANDED.replace('"log_level": "INFO",', '"log_level": "INFO"'));
      await expect(page.getByTestId('syntax-banner')).toBeVisible();
      await page.getByRole('button', { name: 'Split', exact: true }).click();
      await matches(page, 'syntax-error', theme);
      await page.keyboard.press('Control+z');
      await expect(page.getByTestId('syntax-banner')).toBeHidden();
      await page.getByRole('button', { name: 'Form', exact: true }).click();
      await page.getByRole('button', { name: 'Export validated config.json…' }).click();
      await matches(page, 'export-dialog', theme);
    });
  });
}
