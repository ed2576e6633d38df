// electron-builder configuration (`npm run dist`); packaging resources live in build/.
import { afterPack } from './build/fuses.mjs';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'io.github.spark-stacker.config-editor',
  productName: 'Spark Config Editor',
  copyright: 'Copyright © Spark Config Editor contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app. Main, preload and renderer are bundles with their libraries inside
  // (electron.vite.config.mjs), so no node_modules are shipped.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    '!**/*.map',
    '!node_modules/**',
  ],
  // package.json says "./out/main/index.js" so that `npm pack` (which always packs `main`)
  // leaves the app out of the CLI's tarball; the packaged app gets the plain path.
  extraMetadata: { main: 'out/main/index.js' },
  asar: true,
  npmRebuild: false,
  electronLanguages: ['en-US'],
  afterPack,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Development',
    executableName: 'spark-config-editor',
    maintainer: 'Spark Config Editor contributors <noreply@example.invalid>',
    synopsis: 'Edit, validate and preview Spark Stacker position sizing',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.developer-tools' },
};

export default config;
