import { dirname, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { SessionDialogs } from './document-session.ts';

const CONFIG_FILTERS = [
  { name: 'Config files', extensions: ['json', 'jsonc'] },
  { name: 'All files', extensions: ['*'] },
];

/** The session's dialogs, as native dialogs attached to the window. */
export function nativeDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
  window: () => BrowserWindow | null,
  documentsFolder: string,
): SessionDialogs {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  const savePath = async (defaultPath: string, title: string): Promise<string | null> => {
    const options = { title, defaultPath, filters: CONFIG_FILTERS };
    const owner = parent();
    const result = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    chooseFileToOpen: async () => {
      const options = { properties: ['openFile' as const], filters: CONFIG_FILTERS };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSavePath: (name, currentPath) =>
      savePath(currentPath ?? join(documentsFolder, name), 'Save config'),
    chooseExportPath: (name, currentPath) =>
      savePath(
        join(currentPath === null ? documentsFolder : dirname(currentPath), name),
        'Export validated config.json',
      ),
    confirmDiscard: async (name) => {
      const options = {
        type: 'warning' as const,
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes you made to ${name}?`,
        detail: "Your changes will be lost if you don't save them.",
      };
      const owner = parent();
      const { response } = owner
        ? await dialog.showMessageBox(owner, options)
        : await dialog.showMessageBox(options);
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
  };
}
