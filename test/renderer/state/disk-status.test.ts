import { describe, expect, it } from 'vitest';
import type { DiskEvent, DiskStatus } from '../../../renderer/state/disk-status.ts';
import { IN_SYNC, diskStatusAfter, isUnsaved } from '../../../renderer/state/disk-status.ts';

function after(...events: DiskEvent[]): DiskStatus {
  return events.reduce(diskStatusAfter, IN_SYNC);
}

describe('disk-status', () => {
  describe('diskStatusAfter()', () => {
    it('opens a restored backup as unsaved, and any other document in sync', () => {
      expect(after({ type: 'opened', restored: true }).unsaved).toBe('restored');
      expect(after({ type: 'opened', restored: false })).toEqual(IN_SYNC);
    });

    it('shows the banner for a change on disk without marking the document unsaved', () => {
      const status = after({ type: 'changed-on-disk', diskText: '{"a": 2}' });
      expect(status.notice).toEqual({ kind: 'changed', diskText: '{"a": 2}' });
      expect(status.unsaved).toBeNull();
      expect(status.overwrite).toBe(false);
    });

    it('keeps a deleted file’s document open as unsaved, to be written again on save', () => {
      const status = after({ type: 'deleted-on-disk' });
      expect(status).toMatchObject({
        notice: { kind: 'deleted' },
        unsaved: 'deleted',
        overwrite: true,
      });
    });

    it('Keep mine hides the banner, marks the document unsaved and lets the next save overwrite', () => {
      const status = after({ type: 'changed-on-disk', diskText: 'x' }, { type: 'kept-mine' });
      expect(status).toEqual({ ...IN_SYNC, unsaved: 'kept-mine', overwrite: true });
    });

    it('forgets Keep mine when the file changes again', () => {
      const status = after(
        { type: 'changed-on-disk', diskText: 'x' },
        { type: 'kept-mine' },
        { type: 'changed-on-disk', diskText: 'y' },
      );
      expect(status).toMatchObject({ unsaved: null, overwrite: false, notice: { diskText: 'y' } });
    });

    it('keeps a restored backup unsaved when the file changes on disk', () => {
      const status = after(
        { type: 'opened', restored: true },
        { type: 'changed-on-disk', diskText: 'x' },
      );
      expect(status.unsaved).toBe('restored');
    });

    it('opens the conflict question with the banner behind it; dismissing leaves the banner', () => {
      const conflict = after({ type: 'save-conflict', diskText: 'theirs' });
      expect(conflict.conflict).toEqual({ diskText: 'theirs' });
      expect(conflict.notice).toEqual({ kind: 'changed', diskText: 'theirs' });
      const dismissed = diskStatusAfter(conflict, { type: 'conflict-dismissed' });
      expect(dismissed.conflict).toBeNull();
      expect(dismissed.notice).toEqual(conflict.notice);
    });

    it('reads a conflict without disk text as a deleted file', () => {
      expect(after({ type: 'save-conflict', diskText: null }).notice).toEqual({ kind: 'deleted' });
    });

    it('compares in place of the conflict question and follows later changes on disk', () => {
      const comparing = after(
        { type: 'save-conflict', diskText: 'theirs' },
        { type: 'compare', diskText: 'theirs', returnTo: 'split' },
        { type: 'changed-on-disk', diskText: 'theirs, again' },
      );
      expect(comparing.conflict).toBeNull();
      expect(comparing.compare).toEqual({ diskText: 'theirs, again', returnTo: 'split' });
      expect(diskStatusAfter(comparing, { type: 'compare-closed' }).compare).toBeNull();
    });

    it('closes the compare view when the file is deleted', () => {
      const status = after(
        { type: 'changed-on-disk', diskText: 'x' },
        { type: 'compare', diskText: 'x', returnTo: 'form' },
        { type: 'deleted-on-disk' },
      );
      expect(status.compare).toBeNull();
    });

    it('clears everything once editor and disk agree (saved or reloaded) or the document closes', () => {
      const busy = after(
        { type: 'opened', restored: true },
        { type: 'save-conflict', diskText: 'x' },
        { type: 'compare', diskText: 'x', returnTo: 'form' },
      );
      expect(diskStatusAfter(busy, { type: 'in-sync' })).toEqual(IN_SYNC);
      expect(diskStatusAfter(busy, { type: 'closed' })).toEqual(IN_SYNC);
    });

    it('hides the deleted banner on Dismiss, leaving the document unsaved', () => {
      const status = after({ type: 'deleted-on-disk' }, { type: 'notice-dismissed' });
      expect(status).toMatchObject({ notice: null, unsaved: 'deleted', overwrite: true });
    });
  });

  describe('isUnsaved()', () => {
    it('is true for edited text, or for text that is not on disk', () => {
      expect(isUnsaved(true, IN_SYNC)).toBe(true);
      expect(isUnsaved(false, IN_SYNC)).toBe(false);
      expect(isUnsaved(false, after({ type: 'deleted-on-disk' }))).toBe(true);
      expect(isUnsaved(false, after({ type: 'opened', restored: true }))).toBe(true);
    });
  });
});
