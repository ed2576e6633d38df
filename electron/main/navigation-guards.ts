import { fileURLToPath } from 'node:url';
import { openExternalSafely } from './open-external.ts';

/** The part of `webContents` the guards attach to. */
export interface GuardedContents {
  on(
    event: 'will-navigate',
    listener: (event: { preventDefault(): void; url: string }, url: string) => void,
  ): unknown;
  on(
    event: 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** What the guards do instead of navigating. */
export interface NavigationActions {
  /** A file dropped on the window: open it as a document. */
  readonly openFile: (path: string) => void;
  readonly openExternal: (url: string) => Promise<void>;
}

/** The file a `file://` navigation (a dropped file) points at, or null for any other URL. */
export function droppedFilePath(url: string): string | null {
  try {
    return new URL(url).protocol === 'file:' ? fileURLToPath(url) : null;
  } catch {
    return null;
  }
}

/** `will-navigate`: the window never leaves the app; a dropped file opens as a document. */
export function onWillNavigate(
  event: { preventDefault(): void },
  url: string,
  actions: Pick<NavigationActions, 'openFile'>,
): void {
  event.preventDefault();
  const path = droppedFilePath(url);
  if (path !== null) actions.openFile(path);
}

/** `setWindowOpenHandler`: no new windows; an allow-listed guide link opens in the browser. */
export function onWindowOpen(
  details: { url: string },
  actions: Pick<NavigationActions, 'openExternal'>,
): { action: 'deny' } {
  void openExternalSafely(details.url, actions.openExternal).catch(() => undefined);
  return { action: 'deny' };
}

/** Attaches every navigation guard to one `webContents`. */
export function guardNavigation(contents: GuardedContents, actions: NavigationActions): void {
  contents.on('will-navigate', (event, url) => onWillNavigate(event, url, actions));
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => onWindowOpen(details, actions));
}

/** The part of `session` whose permission handlers deny everything. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** Denies every permission request and check: the editor needs no camera, location or USB. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
