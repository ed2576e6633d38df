import { describe, expect, it, vi } from 'vitest';
import type { CloseAnswer } from '../../../electron/main/close-guard.ts';
import { createCloseFlow } from '../../../electron/main/close-flow.ts';

function flow(answer: CloseAnswer) {
  const effects = {
    ask: vi.fn(() => Promise.resolve(answer)),
    save: vi.fn(),
    close: vi.fn(),
    quit: vi.fn(),
    discarded: vi.fn(),
  };
  return { effects, flow: createCloseFlow(effects) };
}

describe('close-flow', () => {
  describe('createCloseFlow()', () => {
    it('prevents the close, asks, and closes on Don’t Save', async () => {
      const { effects, flow: f } = flow('discard');
      f.editedChanged(true);
      expect(f.closeRequested(false)).toEqual({ prevent: true });
      await vi.waitFor(() => expect(effects.close).toHaveBeenCalledOnce());
      expect(effects.discarded).toHaveBeenCalledOnce();
      expect(f.closeRequested(false)).toEqual({ prevent: false });
    });
    it('saves through the renderer, then quits', async () => {
      const { effects, flow: f } = flow('save');
      f.editedChanged(true);
      f.closeRequested(true);
      await vi.waitFor(() => expect(effects.save).toHaveBeenCalledOnce());
      f.saveFinished(true);
      f.editedChanged(false);
      expect(effects.quit).toHaveBeenCalledOnce();
      expect(effects.close).not.toHaveBeenCalled();
    });
    describe('confirmReplace()', () => {
      it('replaces a clean document without asking', async () => {
        const { effects, flow: f } = flow('cancel');
        await expect(f.confirmReplace()).resolves.toBe(true);
        expect(effects.ask).not.toHaveBeenCalled();
      });
      it('keeps the document on Cancel, replaces it on Don’t Save', async () => {
        const cancel = flow('cancel');
        cancel.flow.editedChanged(true);
        await expect(cancel.flow.confirmReplace()).resolves.toBe(false);
        const discard = flow('discard');
        discard.flow.editedChanged(true);
        await expect(discard.flow.confirmReplace()).resolves.toBe(true);
        expect(discard.effects.discarded).toHaveBeenCalledOnce();
      });
      it('on Save, waits for the save: replaces once clean, keeps it if the save failed', async () => {
        const ok = flow('save');
        ok.flow.editedChanged(true);
        const saved = ok.flow.confirmReplace();
        await vi.waitFor(() => expect(ok.effects.save).toHaveBeenCalledOnce());
        ok.flow.editedChanged(false);
        await expect(saved).resolves.toBe(true);
        const failed = flow('save');
        failed.flow.editedChanged(true);
        const notSaved = failed.flow.confirmReplace();
        await vi.waitFor(() => expect(failed.effects.save).toHaveBeenCalledOnce());
        failed.flow.saveFinished(false);
        await expect(notSaved).resolves.toBe(false);
      });
    });
  });
});
