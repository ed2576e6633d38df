import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';

// The renderer's UI against the desktop shell's IPC handlers run in-process
// (in-process-host.ts), plus the real-Electron spec, which skips where there is no binary.
const port = Number(process.env.E2E_HOST_PORT ?? 4174);
// Absolute: a relative --outDir is taken from Vite's root (renderer/), not from the repository.
const outDir = JSON.stringify(resolve(import.meta.dirname, '../../out/web-host'));

export default defineConfig({
  ...baseConfig,
  testMatch: ['*.host-e2e.ts', 'electron.spec.ts'],
  outputDir: '../../test-results/e2e-electron-host',
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx vite build --config renderer/vite.config.ts --outDir ${outDir} --logLevel warn && npx vite preview --config renderer/vite.config.ts --outDir ${outDir} --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
