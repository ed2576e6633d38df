import { MIXED, downloadedText, expect, openConfig, replaceJson, savedText, test } from './app.ts';

test.describe('syntax errors and export', () => {
  test('a syntax error shows the banner, keeps the form read-only and loses nothing', async ({
    page,
  }) => {
    await page.goto('/');
    await openConfig(page, MIXED);
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const broken = MIXED.replace('"fixed_usd_amount": 1000,', '"fixed_usd_amount": 1000,,');
    await replaceJson(page, broken);
    const banner = page.getByTestId('syntax-banner');
    await expect(banner).toContainText('Line 6, column');
    await page.getByRole('button', { name: 'Form', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Fixed amount (USD)' })).toHaveAttribute(
      'readonly',
      '',
    );
    await expect(page.getByRole('textbox', { name: 'Fixed amount (USD)' })).toHaveValue('1000');
    await banner.getByRole('button', { name: 'Go to error' }).click();
    await expect(page.getByTestId('json-view')).toBeVisible();
    expect(await savedText(page)).toBe(broken);
  });

  test('export is blocked while errors exist and writes strict JSON after the fix', async ({
    page,
  }) => {
    await page.goto('/');
    const bad = MIXED.replace('"equity_percentage": 0.2,', '"equity_percentage": -1,');
    await openConfig(page, bad);
    const exportButton = page.getByRole('button', { name: 'Export validated config.json…' });
    await expect(exportButton).toBeDisabled();
    await expect(page.locator('#export-reason')).toHaveText(/Fix 1 error/);
    await page.locator('#nav-strategy-2').click();
    await page
      .getByRole('region', { name: 'Position sizing' })
      .getByRole('textbox', { name: 'Percent of equity' })
      .fill('20 %');
    await expect(exportButton).toBeEnabled();
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export validated config.json' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const text = await downloadedText(await download);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.log_level).toBe('INFO');
    expect(text).not.toContain('//');
    expect(
      (parsed.strategies as { position_sizing?: { equity_percentage?: number } }[])[2]
        ?.position_sizing?.equity_percentage,
    ).toBe(0.2);
  });
});
