import type { Download, Page } from '@playwright/test';
import { expect, test as base } from '@playwright/test';

/**
 * A config in the guide's mixed-inheritance pattern, with comments and an unknown key; one the
 * engine starts with (an exchange, a loaded indicator per strategy, the engine's spellings).
 */
export const MIXED = `{
  // Global sizing: strategies inherit what they do not set.
  "log_level": "INFO",
  "position_sizing": {
    "method": "fixed_usd",
    "fixed_usd_amount": 1000, // one thousand dollars
    "risk_per_trade_pct": 0.02,
    "max_position_size_usd": 5000
  },
  "strategies": [
    {
      "name": "conservative",
      "market": "BTC-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "stop_loss_pct": 3.0
    },
    {
      "name": "moderate",
      "market": "ETH-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "stop_loss_pct": 4.0,
      "position_sizing": {
        "method": "risk_based"
      }
    },
    {
      "name": "aggressive",
      "market": "SOL-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "position_sizing": {
        "method": "percent_equity",
        "equity_percentage": 0.2,
        "max_position_size_usd": 15000
      }
    }
  ],
  "exchanges": [{ "name": "hyperliquid", "exchange_type": "hyperliquid", "enabled": true }],
  "indicators": [{ "name": "rsi_1h", "type": "rsi", "enabled": true }]
}
`;

/** Chromium here has no usable save picker: saving falls back to a download, which tests read. */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
    await use(page);
  },
});
export { expect };

/** Opens a config through Open… and the file chooser. */
export async function openConfig(page: Page, text: string, name = 'config.json'): Promise<void> {
  if (!page.url().startsWith('http')) await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('file-name')).toHaveText(name);
}

/** Types a price for every market in the preview (prices start empty: none is invented). */
export async function enterPrice(page: Page, price = '100'): Promise<void> {
  await page.getByRole('region', { name: 'Preview' }).getByLabel('Price (USD)').fill(price);
}

/** The text of a download. */
export async function downloadedText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Saves with Ctrl+S and returns the text written. */
export async function savedText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return downloadedText(await download);
}

/** Replaces the whole JSON view text by select-all and paste (typing would auto-indent). */
export async function replaceJson(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByTestId('json-view').locator('.view-lines').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
}

/** A cell of the effective sizing table. */
export function cell(page: Page, strategy: string, param: string) {
  return page
    .getByRole('table', { name: 'Effective sizing' })
    .locator(`tr[data-strategy="${strategy}"] [data-param="${param}"]`);
}
