/** The user's answer to "Save changes?". */
export type CloseAnswer = 'save' | 'discard' | 'cancel';

/** Where closing the window stands while the document has unsaved changes. */
export interface CloseState {
  readonly edited: boolean;
  /** idle: nothing pending; asking: the dialog is up; saving: the renderer is saving; closing: let it close. */
  readonly phase: 'idle' | 'asking' | 'saving' | 'closing';
  /** The close came from quitting the app, so the app quits once the window is closed. */
  readonly quitting: boolean;
}

/** What happens to the window, and what the shell does about it. */
export type CloseEvent =
  | { readonly type: 'close-requested'; readonly quitting: boolean }
  | { readonly type: 'answered'; readonly answer: CloseAnswer }
  | { readonly type: 'edited-changed'; readonly edited: boolean }
  | { readonly type: 'save-finished'; readonly saved: boolean };

/**
 * allow: let this close proceed; prevent: cancel it; ask: show Save / Don't Save / Cancel;
 * save: tell the renderer to save; close: close the window now; quit: quit the app now.
 */
export type CloseEffect = 'allow' | 'prevent' | 'ask' | 'save' | 'close' | 'quit';

export const INITIAL_CLOSE_STATE: CloseState = { edited: false, phase: 'idle', quitting: false };

/** One step of the close flow: the next state and the effects to carry out, in order. */
export function closeStep(
  state: CloseState,
  event: CloseEvent,
): { state: CloseState; effects: CloseEffect[] } {
  switch (event.type) {
    case 'close-requested':
      if (!state.edited || state.phase === 'closing') return { state, effects: ['allow'] };
      if (state.phase === 'asking') return { state, effects: ['prevent'] };
      return {
        state: { ...state, phase: 'asking', quitting: event.quitting },
        effects: ['prevent', 'ask'],
      };
    case 'answered':
      if (state.phase !== 'asking') return { state, effects: [] };
      if (event.answer === 'cancel')
        return { state: { ...state, phase: 'idle', quitting: false }, effects: [] };
      if (event.answer === 'discard') return finish({ ...state, phase: 'closing' });
      return { state: { ...state, phase: 'saving' }, effects: ['save'] };
    case 'edited-changed': {
      const next = { ...state, edited: event.edited };
      return state.phase === 'saving' && !event.edited
        ? finish({ ...next, phase: 'closing' })
        : { state: next, effects: [] };
    }
    case 'save-finished':
      if (state.phase !== 'saving') return { state, effects: [] };
      // Saved: wait for the renderer to report the document clean. Not saved (canceled,
      // conflict, failure): stay open with the changes.
      return event.saved
        ? { state, effects: [] }
        : { state: { ...state, phase: 'idle', quitting: false }, effects: [] };
  }
}

function finish(state: CloseState): { state: CloseState; effects: CloseEffect[] } {
  return { state, effects: [state.quitting ? 'quit' : 'close'] };
}
