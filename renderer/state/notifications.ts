import { createValueStore } from './value-store.ts';

export type NoticeKind = 'success' | 'error' | 'info';

/** The newest notice shown in the snackbar. */
export const noticeStore = createValueStore<{
  readonly notice: {
    readonly kind: NoticeKind;
    readonly message: string;
    readonly seq: number;
  } | null;
}>({ notice: null });

let seq = 0;

/** Shows a short message to the trader. */
export function notify(kind: NoticeKind, message: string): void {
  noticeStore.set({ notice: { kind, message, seq: ++seq } });
}
