import { documentStore, useDocument } from './stores.ts';
import { createValueStore, useValue } from './value-store.ts';
import type { DiskEvent, DiskStatus } from './disk-status.ts';
import { IN_SYNC, diskStatusAfter, isUnsaved } from './disk-status.ts';

/** The open file's standing on disk: banner, conflict, compare view, unsaved reason. */
export const diskStore = createValueStore<DiskStatus>(IN_SYNC);

/** Records what happened to the file, or what the trader chose about it. */
export function diskEvent(event: DiskEvent): void {
  diskStore.set((status) => diskStatusAfter(status, event));
}

/** True when leaving the document now would lose something. */
export function isEdited(): boolean {
  const s = documentStore.getSnapshot();
  return s.meta !== null && isUnsaved(s.text !== s.savedText, diskStore.get());
}

/** {@link isEdited} for components. */
export function useEdited(): boolean {
  const open = useDocument((s) => s.meta !== null);
  const textEdited = useDocument((s) => s.text !== s.savedText);
  const unsaved = useValue(diskStore, (s) => s.unsaved !== null);
  return open && (textEdited || unsaved);
}
