import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const URL = 'http://127.0.0.1:5306/';
const spec = readFileSync('test/e2e/problems.spec.ts', 'utf8');
const text = spec.slice(spec.indexOf('const PROBLEMS = `') + 18, spec.indexOf('`;\n', spec.indexOf('const PROBLEMS')));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const theme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript((t) => localStorage.setItem('spark-config-editor.theme', t), theme);
  await page.goto(URL);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await (await chooser).setFiles({ name: 'config.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('status-chip').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots-problems/problems-${theme}.png` });
  await page.locator('[data-code="unknown-method"]').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots-problems/jump-field-${theme}.png` });
  await page.locator('[data-code="not-strict-json"]').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots-problems/jump-json-${theme}.png` });
  await page.close();
}
await browser.close();
