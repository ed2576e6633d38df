// `npm run bench:ui`: the editor in Chromium on generated configs; reported, never asserted.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { generateConfig, generateText } from './generate-config.ts';
import { typeInJsonView } from './json-typing.ts';
import type { KeystrokeTimes } from './keystrokes.ts';
import { KEYSTROKES } from './keystrokes.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4273);
const URL = `http://127.0.0.1:${PORT}/`;
// Its own folder: building into out/web would pull the app from under a running e2e suite.
const OUT = resolve(process.env.BENCH_OUT ?? 'out/bench-web');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/** gzip size of the JS and CSS the form view loads (everything but lazy chunks). */
function formViewSize(): { files: number; gzip: number; raw: number } {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  let gzip = 0;
  let raw = 0;
  for (const file of eager) {
    const bytes = readFileSync(join(OUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: eager.length, gzip, raw };
}

async function openText(page: Page, text: string): Promise<number> {
  await page.goto(URL);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).first().click();
  const t0 = Date.now();
  await (
    await chooser
  ).setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('textbox', { name: 'Fixed amount (USD)' }).waitFor();
  // Prices start empty (none is invented): give every market one, as a trader would.
  await page.getByRole('textbox', { name: 'Price (USD)' }).fill('100');
  await page.locator('tr[data-strategy="strategy_3"] [data-param="size_usd"]').waitFor();
  return Date.now() - t0;
}

/** Types into the global fixed amount; times each keystroke until the table cell shows the new size. */
async function keystrokes(page: Page, count: number): Promise<KeystrokeTimes> {
  return page.evaluate(`(${KEYSTROKES})(${count})`);
}

async function main(): Promise<void> {
  const build = spawn(
    'npx',
    ['vite', 'build', '--config', 'renderer/vite.config.ts', '--outDir', OUT, '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  await new Promise((resolve) => build.on('exit', resolve));
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      OUT,
      '--port',
      String(PORT),
    ],
    { stdio: 'ignore', detached: true },
  );
  try {
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(URL).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const size = formViewSize();
    console.log(
      `form-view JS+CSS: ${(size.gzip / 1024).toFixed(1)} KiB gzip (${(size.raw / 1024).toFixed(0)} KiB raw, ${size.files} files); Monaco is a lazy chunk`,
    );
    for (const count of [20, 1000]) {
      const text = JSON.stringify(generateConfig(count), null, 2);
      const opens: number[] = [];
      for (let i = 0; i < 3; i++) opens.push(await openText(page, text));
      const { times, frames } = await keystrokes(page, 60);
      const steady = times.slice(10);
      const painted = frames.slice(10);
      console.log(
        `${count} strategies (${(text.length / 1024).toFixed(0)} KiB): open → interactive median ${percentile(opens, 50)} ms; ` +
          `keystroke → table + preview p50 ${percentile(steady, 50).toFixed(1)} ms, p95 ${percentile(steady, 95).toFixed(1)} ms; ` +
          `→ next frame p50 ${percentile(painted, 50).toFixed(1)} ms, p95 ${percentile(painted, 95).toFixed(1)} ms`,
      );
    }
    const large = generateText(1_100_000);
    await openText(page, large.text);
    const edits = await typeInJsonView(page, 8);
    const follow = edits.map((e) => e.follow);
    const longest = edits.map((e) => e.longest);
    console.log(
      `JSON view typing, ${large.strategies} strategies (${(large.text.length / 1024).toFixed(0)} KiB): ` +
        `form follows p50 ${percentile(follow, 50).toFixed(0)} ms (after a 300 ms pause); ` +
        `longest main-thread task p50 ${percentile(longest, 50).toFixed(0)} ms, max ${Math.max(...longest).toFixed(0)} ms (0: none over 50 ms)`,
    );
    await browser.close();
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid);
    } catch {
      // The server already exited (e.g. its port was taken).
    }
  }
}

await main();
