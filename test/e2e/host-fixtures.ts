import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from '@playwright/test';
import type { FileSystem } from '../../electron/files/file-system.ts';
import type { InProcessHost } from './in-process-host.ts';
import { installInProcessHost } from './in-process-host.ts';

/** A small config with a comment, as a trader might keep it. */
export const CONFIG = `{
  // Global sizing: strategies inherit what they do not set.
  "position_sizing": {
    "method": "fixed_usd",
    "fixed_amount_usd": 1000,
    "max_position_size_usd": 5000
  },
  "strategies": [
    { "name": "conservative", "market": "BTC-USD", "stop_loss_pct": 3.0 }
  ]
}
`;

/**
 * Page tests against the in-process shell, with a fresh folder for their files; `shellFs`
 * (set with `test.use`) is the file system the shell writes through, the real one by default.
 */
export const test = base.extend<{
  shell: InProcessHost;
  folder: string;
  shellFs: FileSystem | undefined;
}>({
  shellFs: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  folder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'spark-e2e-'));
    await use(folder);
    // A save the test did not wait for (two saves in a row) may still be renaming its temporary
    // file in the folder: retry, as rm does on ENOTEMPTY, rather than fail a test that passed.
    await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  },
  shell: async ({ page, baseURL, shellFs }, use) => {
    const shell = await installInProcessHost(page, baseURL ?? '', shellFs);
    await use(shell);
    await shell.dispose();
  },
});
export { expect };

/** Writes `text` to `name` in the folder and opens it through Open… and the native dialog. */
export async function openFile(
  page: Page,
  shell: InProcessHost,
  folder: string,
  text = CONFIG,
  name = 'config.json',
): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  if (!page.url().startsWith('http')) await page.goto('/');
  shell.answer('chooseFileToOpen', path);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByTestId('file-name')).toHaveText(name);
  // Away from the Open… button, whose tooltip would cover the banner's first button.
  await page.mouse.move(700, 600);
  await shell.watching();
  return path;
}

/** The global fixed amount field of the form. */
export function fixedAmount(page: Page) {
  return page.getByRole('textbox', { name: 'Fixed amount (USD)' });
}
