import { describe, expect, it } from 'vitest';
import { exportOffThread } from '../../../electron/main/export-off-thread.ts';
import { prepareExportNow } from '../../../electron/main/prepare-export.ts';
import { generateJsonc } from '../../bench/generate-config.ts';

// The worker runs the TypeScript sources through tsx here (as the CLI's bin.mjs does); the app
// runs the bundle electron-vite builds.
const WORKER = `import('tsx/esm/api').then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(new URL('../../../electron/main/export-worker.ts', import.meta.url).href)});
});`;
const TS_WORKER = { eval: true };

/** Counts timer callbacks while `work` runs: zero means the event loop was blocked throughout. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe('export-off-thread', () => {
  describe('exportOffThread()', () => {
    it('prepares a big export in a worker while the event loop keeps running', async () => {
      const request = { text: generateJsonc(4000), expandInheritance: true };
      const prepare = exportOffThread(WORKER, TS_WORKER, 0);
      let outcome: unknown;
      const ticks = await ticksDuring(async () => {
        outcome = await prepare(request);
      });
      expect(outcome).toEqual(prepareExportNow(request));
      expect(outcome).toMatchObject({ ok: true });
      expect(ticks).toBeGreaterThan(3);
    }, 60_000);

    it('reports a config with errors from the worker as a failed export', async () => {
      const prepare = exportOffThread(WORKER, TS_WORKER, 0);
      // One error: strategies is not a list (the exchanges list lets the engine start).
      const text = '{"exchanges": [], "strategies": 3}';
      const outcome = await prepare({ text, expandInheritance: false });
      expect(outcome.ok ? '' : outcome.message).toMatch(/1 error/);
    }, 60_000);

    it('says so when the worker cannot run, and writes nothing', async () => {
      const prepare = exportOffThread(new URL('file:///nonexistent/worker.js'), {}, 0);
      const outcome = await prepare({ text: '{}', expandInheritance: false });
      expect(outcome.ok ? '' : outcome.message).toMatch(/Nothing was written/);
    });

    it('prepares a small export in process', async () => {
      const prepare = exportOffThread(new URL('file:///nonexistent/worker.js'));
      const text = '{"exchanges": [], // c\n}';
      expect(await prepare({ text, expandInheritance: false })).toEqual({
        ok: true,
        text: '{"exchanges": []\n}',
      });
    });
  });
});
