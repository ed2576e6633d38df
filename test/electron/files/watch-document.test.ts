import { rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/files/document-stamp.ts';
import { readDocument } from '../../../electron/files/read-document.ts';
import { saveDocument } from '../../../electron/files/save-document.ts';
import type { DocumentEvent, DocumentWatcher } from '../../../electron/files/watch-document.ts';
import { watchDocument } from '../../../electron/files/watch-document.ts';
import { useTempFolder } from './temp-folder.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough for chokidar's stability wait and its rename grace period to pass. */
const SETTLE_MS = 300;

async function waitFor(events: readonly DocumentEvent[], count: number): Promise<void> {
  const deadline = Date.now() + 3000;
  while (events.length < count && Date.now() < deadline) await sleep(20);
  // Then a little longer, to catch any duplicate event that would follow.
  await sleep(SETTLE_MS);
}

describe('watch-document', () => {
  const folder = useTempFolder();
  const config = (): string => join(folder(), 'config.json');
  let watcher: DocumentWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
  });

  async function start(): Promise<DocumentEvent[]> {
    await writeFile(config(), '{ "v": 1 }');
    const read = await readDocument(config());
    if (!read.ok) throw new Error(read.message);
    const events: DocumentEvent[] = [];
    watcher = watchDocument(config(), (event) => events.push(event), { knownStamp: read.stamp });
    await watcher.ready;
    return events;
  }

  describe('watchDocument()', () => {
    it('reports one change, with the new stamp, when another program writes the file', async () => {
      const events = await start();
      await writeFile(config(), '{ "v": 2 }');
      await waitFor(events, 1);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'changed',
        stamp: { size: 10, sha256: sha256Hex(bytes('{ "v": 2 }')) },
      });
    });

    it('does not report a save of our own once it is noted', async () => {
      const events = await start();
      const saved = await saveDocument(config(), bytes('{ "v": 3 }'), null, { keepBackups: 0 });
      if (saved.ok) watcher?.noteOwnWrite(saved.stamp);
      expect(saved.ok).toBe(true);
      await sleep(SETTLE_MS);
      expect(events).toEqual([]);
      // Still watching: the next outside change is reported.
      await writeFile(config(), '{ "v": 4 }');
      await waitFor(events, 1);
      expect(events.map((event) => event.type)).toEqual(['changed']);
    });

    it('reports a deleted file', async () => {
      const events = await start();
      await unlink(config());
      await waitFor(events, 1);
      expect(events).toEqual([{ type: 'deleted' }]);
    });

    it('reports a save by rename, as other editors do, as one change', async () => {
      const events = await start();
      const temp = join(folder(), 'config.json.swp');
      await writeFile(temp, '{ "v": 5 }');
      await rename(temp, config());
      await waitFor(events, 1);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'changed',
        stamp: { size: 10, sha256: sha256Hex(bytes('{ "v": 5 }')) },
      });
    });

    it('reports a save that moves the old file away then writes a new one as one change', async () => {
      const events = await start();
      await rename(config(), join(folder(), 'config.json~'));
      // Editors take a moment between the two steps; the file must not be reported deleted.
      await sleep(30);
      await writeFile(config(), '{ "v": 6 }');
      await waitFor(events, 1);
      expect(events.map((event) => event.type)).toEqual(['changed']);
    });

    it('ignores other files in the folder', async () => {
      const events = await start();
      await writeFile(join(folder(), 'config.json.backup.20250101_000000'), 'x');
      await writeFile(join(folder(), 'notes.txt'), 'x');
      await sleep(SETTLE_MS);
      expect(events).toEqual([]);
    });

    it('reads the file at start when no stamp is given', async () => {
      await writeFile(config(), '{ "v": 1 }');
      const events: DocumentEvent[] = [];
      watcher = watchDocument(config(), (event) => events.push(event));
      await watcher.ready;
      await writeFile(config(), '{ "v": 1 }');
      await sleep(SETTLE_MS);
      expect(events).toEqual([]);
      await writeFile(config(), '{ "v": 7 }');
      await waitFor(events, 1);
      expect(events.map((event) => event.type)).toEqual(['changed']);
    });

    it('does not report a write of the same content', async () => {
      const events = await start();
      await writeFile(config(), '{ "v": 1 }');
      await sleep(SETTLE_MS);
      expect(events).toEqual([]);
    });
  });
});
