import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { buildApp, findElectronBinary } from '../../build/electron-binary.mjs';

// The real desktop app: open → edit → save → reopen. Runs wherever the Electron binary is
// installed; elsewhere it is reported as skipped, with the reason.

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
const executablePath = binary.path ?? '';
const skipReason = `${binary.reason ?? ''} Reinstall with network access (without ELECTRON_SKIP_BINARY_DOWNLOAD) to run it.`;
// Playwright's list reporter shows a skip but not its reason.
if (binary.path === null) console.warn(`electron.spec.ts skipped: ${skipReason}`);
const CONFIG = `{
  "position_sizing": { "method": "fixed_usd", "fixed_amount_usd": 1000, "max_position_size_usd": 5000 },
  "strategies": [{ "name": "conservative", "market": "BTC-USD", "stop_loss_pct": 3.0 }]
}
`;

test.describe('the Electron app', () => {
  test.skip(binary.path === null, skipReason);

  let folder = '';
  test.beforeAll(() => {
    const build = buildApp(root, 'pipe');
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr}`);
  });
  test.beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'spark-electron-'));
  });
  test.afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('opens a file from the command line, saves an edit, and reopens it', async () => {
    const path = join(folder, 'config.json');
    await writeFile(path, CONFIG);
    const launch = () =>
      electron.launch({
        executablePath,
        args: [
          join(root, 'out', 'main', 'index.js'),
          `--user-data-dir=${join(folder, 'user-data')}`,
          path,
        ],
        cwd: root,
      });

    const app = await launch();
    const page = await app.firstWindow();
    await expect(page.getByTestId('file-name')).toHaveText('config.json');
    expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => location.protocol)).toBe('app:');
    await page.getByRole('textbox', { name: 'Fixed amount (USD)' }).fill('1500');
    await expect(page).toHaveTitle(/config\.json — Spark Config Editor/);
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFile(path, 'utf8')).toContain('"fixed_amount_usd": 1500');
    await app.close();

    const again = await launch();
    const reopened = await again.firstWindow();
    await expect(reopened.getByRole('textbox', { name: 'Fixed amount (USD)' })).toHaveValue('1500');
    await again.close();
  });

  test('starts on the built-in sample config with no file', async () => {
    const app = await electron.launch({
      executablePath,
      args: [join(root, 'out', 'main', 'index.js'), `--user-data-dir=${join(folder, 'user-data')}`],
      cwd: root,
    });
    const page = await app.firstWindow();
    await expect(page.getByTestId('file-name')).toHaveText('example-config.jsonc');
    await app.close();
  });
});
