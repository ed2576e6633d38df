// @ts-check
// `npm run build`: the `spark-config` command as one ES module, out/cli/spark-config.mjs, with
// its libraries inside, so an install needs no dependencies and a run compiles nothing.
import { chmodSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

const packageJson = here('package.json');
const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));

/** The CLI reads only the version from package.json: the rest stays out of the bundle. */
const versionOnly = {
  name: 'package-json-version-only',
  load: (/** @type {string} */ id) =>
    id === packageJson ? JSON.stringify({ version }) : undefined,
};

/** `./out/cli/spark-config.mjs` runs as it is, as npm's bin link would. */
const executable = {
  name: 'executable-bundle',
  writeBundle: (/** @type {{ dir?: string }} */ options) =>
    chmodSync(join(options.dir ?? here('out/cli'), 'spark-config.mjs'), 0o755),
};

export default defineConfig({
  plugins: [versionOnly, executable],
  // No public/ folder or .env files belong in a command-line bundle.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  resolve: {
    // jsonc-parser's "main" is UMD, whose require() calls a bundle cannot follow; its ES build can.
    mainFields: ['module', 'main'],
    conditions: ['node', 'import', 'module', 'default'],
  },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: here('electron/cli/main.ts'),
    outDir: here('out/cli'),
    emptyOutDir: true,
    target: 'node20.19',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: {
        format: 'es',
        entryFileNames: 'spark-config.mjs',
        banner: '#!/usr/bin/env node',
        codeSplitting: false,
      },
    },
  },
});
