import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import type { InProcessHost } from './in-process-host.ts';
import { installInProcessHost } from './in-process-host.ts';

const CONFIG = `{
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

const test = base.extend<{ shell: InProcessHost; folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  folder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'spark-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  shell: async ({ page, baseURL }, use) => {
    const shell = await installInProcessHost(page, baseURL ?? '');
    await use(shell);
    await shell.dispose();
  },
});

test.describe('the desktop shell’s IPC, in-process', () => {
  test('open → edit → save → reopen, on a real file', async ({ page, shell, folder }) => {
    const path = join(folder, 'config.json');
    await writeFile(path, CONFIG);
    await page.goto('/');

    shell.answer('chooseFileToOpen', path);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await expect(page.getByTestId('file-name')).toHaveText('config.json');

    await page.getByRole('textbox', { name: 'Fixed amount (USD)' }).fill('1500');
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-dot')).toHaveCount(0);
    const saved = CONFIG.replace('"fixed_amount_usd": 1000,', '"fixed_amount_usd": 1500,');
    await expect.poll(() => readFile(path, 'utf8')).toBe(saved);
    expect(shell.calls.map((c) => c.channel)).toContain('app:save-document');

    await page.reload();
    await page
      .getByRole('list', { name: 'Recent files' })
      .getByRole('button', { name: /config\.json/ })
      .click();
    await expect(page.getByTestId('file-name')).toHaveText('config.json');
    await expect(page.getByRole('textbox', { name: 'Fixed amount (USD)' })).toHaveValue('1500');
  });

  test('refuses to overwrite a file changed on disk since it was opened', async ({
    page,
    shell,
    folder,
  }) => {
    const path = join(folder, 'config.json');
    await writeFile(path, CONFIG);
    await page.goto('/');
    shell.answer('chooseFileToOpen', path);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await expect(page.getByTestId('file-name')).toHaveText('config.json');

    const theirs = CONFIG.replace('5000', '7000');
    await writeFile(path, theirs);
    await page.getByRole('textbox', { name: 'Fixed amount (USD)' }).fill('1500');
    await page.keyboard.press('Control+s');
    await expect(page.getByText(/changed by another program/)).toBeVisible();
    expect(await readFile(path, 'utf8')).toBe(theirs);
    await expect(page.getByTestId('unsaved-dot')).toBeVisible();
  });

  test('a document sent by the shell (command line, second launch, drop) opens in the window', async ({
    page,
    shell,
    folder,
  }) => {
    const path = join(folder, 'dropped.json');
    await writeFile(path, CONFIG);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Open…' }).first()).toBeVisible();
    const reply = await shell.session.openPath(path);
    if (reply.status !== 'opened') throw new Error(`not opened: ${reply.status}`);
    await shell.emit('app:document-opened', reply.document);
    await expect(page.getByTestId('file-name')).toHaveText('dropped.json');
  });
});
