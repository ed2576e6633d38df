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
  });
});
