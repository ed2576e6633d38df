import type { CloseAnswer, CloseEffect, CloseEvent, CloseState } from './close-guard.ts';
import { closeStep, INITIAL_CLOSE_STATE } from './close-guard.ts';

/** What the close flow does to the outside world. */
export interface CloseFlowEffects {
  readonly ask: () => Promise<CloseAnswer>;
  readonly save: () => void;
  readonly close: () => void;
  readonly quit: () => void;
  readonly discarded: () => void;
}

/** Runs {@link closeStep} against real effects; `closeRequested` says whether to prevent the close. */
export interface CloseFlow {
  closeRequested(quitting: boolean): { prevent: boolean };
  editedChanged(edited: boolean): void;
  saveFinished(saved: boolean): void;
  /** Before replacing the document (a dropped file…): asks if needed; true when it may be replaced. */
  confirmReplace(): Promise<boolean>;
  state(): CloseState;
}

/** Creates the close flow for one window. */
export function createCloseFlow(effects: CloseFlowEffects): CloseFlow {
  let state = INITIAL_CLOSE_STATE;
  const saveWaiters: ((saved: boolean) => void)[] = [];
  const settle = (saved: boolean): void =>
    saveWaiters.splice(0).forEach((resolve) => resolve(saved));
  const run = (event: CloseEvent): CloseEffect[] => {
    const step = closeStep(state, event);
    state = step.state;
    for (const effect of step.effects) {
      if (effect === 'ask') void effects.ask().then((answer) => answered(answer));
      if (effect === 'save') effects.save();
      if (effect === 'close') effects.close();
      if (effect === 'quit') effects.quit();
    }
    return step.effects;
  };
  const answered = (answer: CloseAnswer): void => {
    if (answer === 'discard') effects.discarded();
    run({ type: 'answered', answer });
  };
  return {
    closeRequested: (quitting) => ({
      prevent: run({ type: 'close-requested', quitting }).includes('prevent'),
    }),
    editedChanged: (edited) => {
      run({ type: 'edited-changed', edited });
      if (!edited) settle(true);
    },
    saveFinished: (saved) => {
      run({ type: 'save-finished', saved });
      if (!saved) settle(false);
    },
    confirmReplace: async () => {
      if (!state.edited || state.phase !== 'idle') return !state.edited;
      const answer = await effects.ask();
      if (answer === 'cancel') return false;
      if (answer === 'discard') {
        effects.discarded();
        return true;
      }
      const saved = new Promise<boolean>((resolve) => saveWaiters.push(resolve));
      effects.save();
      return saved;
    },
    state: () => state,
  };
}
