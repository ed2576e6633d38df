import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state.ts';

/** What the main window is created from. */
export interface MainWindowInput {
  readonly preload: string;
  readonly bounds: WindowBounds;
  readonly icon?: string;
}

/**
 * The main window's options: every item of Electron's security checklist that a window
 * controls. `navigateOnDragDrop` lets a dropped file reach `will-navigate`, which opens it as
 * a document and cancels the navigation.
 */
export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#121212',
    title: 'Spark Config Editor',
    ...(input.icon !== undefined && { icon: input.icon }),
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: true,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
