import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';

// The renderer's UI against the desktop shell's IPC handlers run in-process
// (in-process-host.ts), plus the real-Electron spec, which skips where there is no binary.
const port = Number(process.env.E2E_HOST_PORT ?? 4174);

export default defineConfig({
  ...baseConfig,
  testMatch: ['*.host-e2e.ts', 'electron.spec.ts'],
  outputDir: '../../test-results/e2e-electron-host',
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx vite build --config renderer/vite.config.ts --outDir out/web-host --logLevel warn && npx vite preview --config renderer/vite.config.ts --outDir out/web-host --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
