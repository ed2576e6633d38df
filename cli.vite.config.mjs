// @ts-check
// `npm run build`: the `spark-config` command as one ES module, out/cli/spark-config.mjs, with
// its libraries inside, so an install needs no dependencies and a run compiles nothing.
import { chmodSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { defineConfig, normalizePath } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

const packageJson = here('package.json');
const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));

/** The CLI reads only the version from package.json: the rest stays out of the bundle. */
const versionOnly = {
  name: 'package-json-version-only',
  load: (/** @type {string} */ id) =>
    id === packageJson ? JSON.stringify({ version }) : undefined,
};

const configSchemaFile = here('shared/schema/config-schema.ts');

/**
 * The JSON Schema, generated from the zod schema when the bundle is built instead of on every
 * run: zod's toJSONSchema took about 30 ms of a cold `check`, and zod itself no longer loads.
 * Each call still returns a fresh object, as the source's does.
 */
const prebuiltJsonSchema = {
  name: 'prebuilt-config-json-schema',
  load: async (/** @type {string} */ id) => {
    if (normalizePath(id) !== normalizePath(configSchemaFile)) return undefined;
    const source = pathToFileURL(configSchemaFile).href;
    const { configJsonSchema } = await tsImport(source, import.meta.url);
    const text = JSON.stringify(configJsonSchema());
    return `const TEXT = ${JSON.stringify(text)};\nexport function configJsonSchema() {\n  return JSON.parse(TEXT);\n}\n`;
  },
};

/** `./out/cli/spark-config.mjs` runs as it is, as npm's bin link would. */
const executable = {
  name: 'executable-bundle',
  writeBundle: (/** @type {{ dir?: string }} */ options) =>
    chmodSync(join(options.dir ?? here('out/cli'), 'spark-config.mjs'), 0o755),
};

export default defineConfig({
  plugins: [versionOnly, prebuiltJsonSchema, executable],
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
    // SPARK_CLI_PROFILE=1 npm run build: readable code with source maps, for node --cpu-prof.
    minify: process.env.SPARK_CLI_PROFILE !== '1',
    sourcemap: process.env.SPARK_CLI_PROFILE === '1',
    copyPublicDir: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: {
        format: 'es',
        entryFileNames: 'spark-config.mjs',
        banner: '#!/usr/bin/env node',
        codeSplitting: false,
        charset: 'ascii',
      },
    },
  },
});
