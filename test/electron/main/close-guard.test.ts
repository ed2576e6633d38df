import { describe, expect, it } from 'vitest';
import type { CloseEvent, CloseState } from '../../../electron/main/close-guard.ts';
import { closeStep, INITIAL_CLOSE_STATE } from '../../../electron/main/close-guard.ts';

function run(
  events: readonly CloseEvent[],
  start: CloseState = INITIAL_CLOSE_STATE,
): { state: CloseState; effects: string[][] } {
  let state = start;
  const effects: string[][] = [];
  for (const event of events) {
    const step = closeStep(state, event);
    state = step.state;
    effects.push(step.effects);
  }
  return { state, effects };
}

const edited: CloseEvent = { type: 'edited-changed', edited: true };
const close: CloseEvent = { type: 'close-requested', quitting: false };
const quit: CloseEvent = { type: 'close-requested', quitting: true };

describe('close-guard', () => {
  describe('closeStep()', () => {
    it('lets a window without unsaved changes close', () => {
      expect(run([close]).effects).toEqual([['allow']]);
    });
    it('asks Save / Don’t Save / Cancel when there are unsaved changes', () => {
      expect(run([edited, close]).effects).toEqual([[], ['prevent', 'ask']]);
    });
    it('closes without saving on Don’t Save', () => {
      const { state, effects } = run([edited, close, { type: 'answered', answer: 'discard' }]);
      expect(effects.at(-1)).toEqual(['close']);
      expect(closeStep(state, close).effects).toEqual(['allow']);
    });
    it('stays open on Cancel, and asks again next time', () => {
      const { state, effects } = run([edited, quit, { type: 'answered', answer: 'cancel' }]);
      expect(effects.at(-1)).toEqual([]);
      expect(state).toEqual({ edited: true, phase: 'idle', quitting: false });
      expect(closeStep(state, close).effects).toEqual(['prevent', 'ask']);
    });
    it('on Save, saves and closes once the document is clean', () => {
      const { effects } = run([
        edited,
        close,
        { type: 'answered', answer: 'save' },
        { type: 'save-finished', saved: true },
        { type: 'edited-changed', edited: false },
      ]);
      expect(effects.slice(2)).toEqual([['save'], [], ['close']]);
    });
    it('quits instead of closing when the close came from quitting', () => {
      const { effects } = run([
        edited,
        quit,
        { type: 'answered', answer: 'save' },
        { type: 'edited-changed', edited: false },
      ]);
      expect(effects.at(-1)).toEqual(['quit']);
      expect(run([edited, quit, { type: 'answered', answer: 'discard' }]).effects.at(-1)).toEqual([
        'quit',
      ]);
    });
    it('stays open with the changes when the save is canceled or fails', () => {
      const { state, effects } = run([
        edited,
        quit,
        { type: 'answered', answer: 'save' },
        { type: 'save-finished', saved: false },
      ]);
      expect(effects.at(-1)).toEqual([]);
      expect(state).toEqual({ edited: true, phase: 'idle', quitting: false });
    });
    it('does not open a second dialog while one is up, and ignores stray answers', () => {
      expect(run([edited, close, close]).effects.at(-1)).toEqual(['prevent']);
      expect(run([edited, { type: 'answered', answer: 'discard' }]).effects.at(-1)).toEqual([]);
      expect(run([{ type: 'save-finished', saved: false }]).effects.at(-1)).toEqual([]);
    });
  });
});
