import { createValueStore } from '../state/value-store.ts';

export type DiscardChoice = 'save' | 'discard' | 'cancel';

/** The open "unsaved changes" question, if any; the ConfirmDiscardDialog renders it. */
export const confirmDiscardStore = createValueStore<{
  readonly name: string | null;
  readonly answer: ((choice: DiscardChoice) => void) | null;
}>({ name: null, answer: null });

/** Asks the trader whether to save, discard or keep editing unsaved changes. */
export function askConfirmDiscard(name: string): Promise<DiscardChoice> {
  return new Promise((resolve) => {
    confirmDiscardStore.set({
      name,
      answer: (choice) => {
        confirmDiscardStore.set({ name: null, answer: null });
        resolve(choice);
      },
    });
  });
}
