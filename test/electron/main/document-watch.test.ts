import { describe, expect, it, vi } from 'vitest';
import type { DocumentEvent } from '../../../electron/files/watch-document.ts';
import type { WatchFunction } from '../../../electron/main/document-watch.ts';
import { followDocument } from '../../../electron/main/document-watch.ts';

const STAMP = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };

function fakeWatch() {
  const watchers: {
    path: string;
    emit: (e: DocumentEvent) => void;
    noteOwnWrite: ReturnType<typeof vi.fn>;
    close: ReturnType<typeof vi.fn>;
  }[] = [];
  const watch: WatchFunction = (path, onEvent) => {
    const w = { path, emit: onEvent, noteOwnWrite: vi.fn(), close: vi.fn(() => Promise.resolve()) };
    watchers.push(w);
    return { ready: Promise.resolve(), noteOwnWrite: w.noteOwnWrite, close: w.close };
  };
  return { watch, watchers };
}

describe('document-watch', () => {
  describe('followDocument()', () => {
    it('reports a change with the new text, and a deletion', async () => {
      const { watch, watchers } = fakeWatch();
      const notify = vi.fn();
      const follower = followDocument(watch, () => Promise.resolve('{"new": 1}'), notify);
      follower.follow({ path: '/c/config.json', stamp: STAMP });
      watchers[0]?.emit({ type: 'changed', stamp: STAMP });
      await vi.waitFor(() =>
        expect(notify).toHaveBeenCalledWith({ deleted: false, diskText: '{"new": 1}' }),
      );
      watchers[0]?.emit({ type: 'deleted' });
      expect(notify).toHaveBeenLastCalledWith({ deleted: true, diskText: null });
    });
    it('notes our own save instead of watching again', () => {
      const { watch, watchers } = fakeWatch();
      const follower = followDocument(watch, () => Promise.resolve(null), vi.fn());
      follower.follow({ path: '/c/config.json', stamp: null });
      follower.follow({ path: '/c/config.json', stamp: STAMP });
      expect(watchers).toHaveLength(1);
      expect(watchers[0]?.noteOwnWrite).toHaveBeenCalledWith(STAMP);
    });
    it('moves to the new file, and stops for an untitled document', async () => {
      const { watch, watchers } = fakeWatch();
      const follower = followDocument(watch, () => Promise.resolve(null), vi.fn());
      follower.follow({ path: '/c/a.json', stamp: null });
      follower.follow({ path: '/c/b.json', stamp: null });
      expect(watchers.map((w) => w.path)).toEqual(['/c/a.json', '/c/b.json']);
      expect(watchers[0]?.close).toHaveBeenCalled();
      follower.follow({ path: null, stamp: null });
      expect(watchers[1]?.close).toHaveBeenCalled();
      await follower.close();
    });
  });
});
