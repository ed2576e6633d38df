import type { OpenedDocument } from '../../shared/ipc/contract.ts';

// In the browser a "path" is the file name; the text is kept so Open Recent can reopen it.
const LIST_KEY = 'spark-config-editor.recent';
const TEXT_KEY = 'spark-config-editor.recent-text:';
const MAX = 8;
const MAX_TEXT = 2_000_000;

export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

/** The recent files, newest first. */
export function recentFiles(): RecentFile[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(LIST_KEY) ?? '[]');
    return Array.isArray(list)
      ? list.filter(
          (f): f is RecentFile =>
            typeof (f as RecentFile).path === 'string' &&
            typeof (f as RecentFile).name === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Remembers a document as the newest recent file. */
export function rememberRecent(doc: OpenedDocument): void {
  if (doc.path === null) return;
  const path = doc.path;
  const list = [{ path, name: doc.name }, ...recentFiles().filter((f) => f.path !== path)];
  for (const dropped of list.slice(MAX)) localStorage.removeItem(TEXT_KEY + dropped.path);
  try {
    localStorage.setItem(LIST_KEY, JSON.stringify(list.slice(0, MAX)));
    if (doc.text.length <= MAX_TEXT)
      localStorage.setItem(TEXT_KEY + path, JSON.stringify({ text: doc.text, bom: doc.bom }));
  } catch {
    // Storage full: recent files are a convenience, never a reason to fail opening.
  }
}

/** The remembered text of a recent file. */
export function recalledRecent(path: string): OpenedDocument | undefined {
  const stored = localStorage.getItem(TEXT_KEY + path);
  if (stored === null) return undefined;
  const { text, bom } = JSON.parse(stored) as { text: string; bom: boolean };
  return { path, name: path, text, bom, stamp: null };
}
