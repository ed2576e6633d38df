// `npm start [file]`: builds the app with electron-vite and runs it in Electron. Where the
// Electron binary is not installed (no network at install time), says so and serves the same
// UI in the browser instead, so `npm install && npm start` works on any machine.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the package folder; a file named on the command line is relative to
// where the user typed it.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const files = process.argv
  .slice(2)
  .map((arg) => (arg.startsWith('-') ? arg : resolve(userCwd, arg)));

const electron = findElectronBinaryOrDownload();
if (electron.path === null) {
  console.warn(`${electron.reason}\nStarting the browser version instead (npm run web).`);
  console.warn(
    'To run the desktop app, install with network access: npm install (or npx install-electron).',
  );
  const port = process.env.PORT ?? '5173';
  console.warn(`Open http://127.0.0.1:${port}/?sample to start on the built-in example config.`);
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts.web) {
    console.error('No `web` script to fall back to.');
    process.exit(1);
  }
  run('npm', ['run', 'web'], { shell: process.platform === 'win32' });
} else {
  const build = buildApp(root);
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(electron.path, [root, ...files], {});
}

function run(command, args, options) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

/**
 * npm 11 skips install scripts it has not been told to trust, so a networked `npm install` can
 * leave Electron without its binary: fetch it once with Electron's own installer, then look again.
 */
function findElectronBinaryOrDownload() {
  const found = findElectronBinary();
  if (found.path !== null || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  console.warn(`${found.reason}\nTrying to download it now…`);
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: 'inherit',
    timeout: 300_000,
  });
  return result.status === 0 ? findElectronBinary() : found;
}
