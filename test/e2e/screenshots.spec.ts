import type { Page } from '@playwright/test';
import { MIXED, expect, openConfig, replaceJson, test } from './app.ts';

const DIR = 'test-results/screenshots';

async function shoot(page: Page, name: string, theme: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${DIR}/${name}-${theme}.png` });
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of every view (${theme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.addInitScript((t) => localStorage.setItem('spark-config-editor.theme', t), theme);
    await page.goto('/');
    await shoot(page, 'empty', theme);
    const config = MIXED.replace(
      '"method": "risk_based"\n      }',
      '"method": "risk_based"\n      },\n      "risk_adjustment": { "enabled": true, "min_risk_pct": 0.01, "max_risk_pct": 0.03 }',
    );
    await openConfig(page, config, 'mixed.jsonc');
    await shoot(page, 'global-form', theme);
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByLabel('Price ETH-USD').fill('2,000');
    await preview.getByLabel('Equity (USD)').fill('25,00');
    await shoot(page, 'preview-invalid', theme);
    await preview.getByLabel('Equity (USD)').fill('25k');
    await preview.getByLabel('Price (USD)').fill('$250');
    await shoot(page, 'preview-priced', theme);
    await page.locator('#nav-strategy-1').click();
    await shoot(page, 'strategy-form', theme);
    await page.getByRole('region', { name: 'Form' }).evaluate((el) => el.scrollTo(0, 10_000));
    await shoot(page, 'strategy-form-bottom', theme);
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await expect(page.locator('.monaco-editor')).toBeVisible();
    await shoot(page, 'split', theme);
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    await shoot(page, 'json', theme);
    await page.getByTestId('status-chip').click();
    await shoot(page, 'problems', theme);
    await replaceJson(page, config.replace('"log_level": "INFO",', '"log_level": "INFO"'));
    await expect(page.getByTestId('syntax-banner')).toBeVisible();
    await page.getByRole('button', { name: 'Split', exact: true }).click();
    await shoot(page, 'syntax-error', theme);
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('syntax-banner')).toBeHidden();
    await page.getByRole('button', { name: 'Form', exact: true }).click();
    await page.getByRole('button', { name: 'Export validated config.json…' }).click();
    await shoot(page, 'export-dialog', theme);
  });
}
