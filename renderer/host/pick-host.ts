import type { Host } from '../../shared/ipc/contract.ts';
import { createBrowserHost } from './browser-host.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload. */
    readonly sparkHost?: Host;
  }
}

/** The Electron preload's host when present, else the browser host. */
export function pickHost(): Host {
  return window.sparkHost ?? createBrowserHost();
}
