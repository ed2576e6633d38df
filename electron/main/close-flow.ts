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
  state(): CloseState;
}

/** Creates the close flow for one window. */
export function createCloseFlow(effects: CloseFlowEffects): CloseFlow {
  let state = INITIAL_CLOSE_STATE;
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
    editedChanged: (edited) => void run({ type: 'edited-changed', edited }),
    saveFinished: (saved) => void run({ type: 'save-finished', saved }),
    state: () => state,
  };
}
