// Finds the Electron executable without loading the `electron` package, which would try to
// download the binary when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** The Electron executable, or null with the reason it is not there. */
export function findElectronBinary(env = process.env) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  if (relative === null && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      path: null,
      reason:
        'Electron binary not installed: node_modules/electron/path.txt is missing ' +
        '(installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or without network access).',
    };
  }
  const path = join(dist, relative ?? 'electron');
  if (!existsSync(path)) {
    return { path: null, reason: `Electron binary not installed: ${path} does not exist.` };
  }
  return { path, reason: null };
}

/** Builds the app with electron-vite (`npm start` and the `_electron` spec run what it writes). */
export function buildApp(root, stdio = 'inherit') {
  const require = createRequire(import.meta.url);
  const cli = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  return spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio, encoding: 'utf8' });
}
