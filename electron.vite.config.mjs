// @ts-check
import { defineConfig, mergeConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { rendererConfig } from './renderer/vite.config.ts';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Main and preload are built from electron/; the renderer reuses its own Vite config, so the
// desktop app and `npm run web` serve the same UI.
export default defineConfig({
  main: {
    build: {
      outDir: here('out/main'),
      // The export worker is a second entry: a thread runs it from its own file.
      lib: {
        entry: {
          index: here('electron/main/index.ts'),
          'export-worker': here('electron/main/export-worker.ts'),
        },
      },
      // Everything but Electron and Node is bundled, so app.asar needs no node_modules at all.
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      outDir: here('out/preload'),
      lib: { entry: here('electron/preload/index.ts') },
      // A sandboxed preload can require nothing from node_modules: bundle it all, as CommonJS.
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: mergeConfig(rendererConfig, {
    // Set here too: bundling this config would make renderer/vite.config.ts's own
    // import.meta.dirname point at the repository root.
    root: here('renderer'),
    build: {
      outDir: here('out/renderer'),
      rollupOptions: { input: here('renderer/index.html') },
    },
  }),
});
