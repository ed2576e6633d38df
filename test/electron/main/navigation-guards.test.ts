import { pathToFileURL } from 'node:url';
import type { Mock } from 'vitest';
import { describe, expect, it, vi } from 'vitest';
import type {
  GuardedContents,
  PermissionSession,
} from '../../../electron/main/navigation-guards.ts';
import {
  denyAllPermissions,
  droppedFilePath,
  guardNavigation,
  onWillNavigate,
  onWindowOpen,
} from '../../../electron/main/navigation-guards.ts';
import { POSITION_SIZING_GUIDE_URL } from '../../../electron/main/open-external.ts';

function navigationEvent(): { preventDefault: Mock<() => void>; url: string } {
  return { preventDefault: vi.fn<() => void>(), url: '' };
}

describe('navigation-guards', () => {
  describe('onWillNavigate()', () => {
    it('prevents every navigation, even within the app', () => {
      for (const url of ['https://example.com/', 'app://spark/other.html', 'javascript:alert(1)']) {
        const event = navigationEvent();
        const openFile = vi.fn();
        onWillNavigate(event, url, { openFile });
        expect(event.preventDefault).toHaveBeenCalledOnce();
        expect(openFile).not.toHaveBeenCalled();
      }
    });
    it('opens a dropped file as a document instead of navigating to it', () => {
      const path =
        process.platform === 'win32' ? 'C:\\configs\\my config.json' : '/configs/my config.json';
      const event = navigationEvent();
      const openFile = vi.fn();
      onWillNavigate(event, pathToFileURL(path).href, { openFile });
      expect(event.preventDefault).toHaveBeenCalledOnce();
      expect(openFile).toHaveBeenCalledWith(path);
    });
  });

  describe('droppedFilePath()', () => {
    it('is null for anything but a file URL', () => {
      expect(droppedFilePath('https://example.com/a.json')).toBeNull();
      expect(droppedFilePath('nonsense')).toBeNull();
    });
  });

  describe('onWindowOpen()', () => {
    it('denies every new window', () => {
      const openExternal = vi.fn(() => Promise.resolve());
      expect(onWindowOpen({ url: 'https://evil.example/' }, { openExternal })).toEqual({
        action: 'deny',
      });
      expect(onWindowOpen({ url: 'app://spark/index.html' }, { openExternal })).toEqual({
        action: 'deny',
      });
      expect(openExternal).not.toHaveBeenCalled();
    });
    it('opens the guide in the browser, and still denies the window', () => {
      const openExternal = vi.fn(() => Promise.resolve());
      expect(onWindowOpen({ url: POSITION_SIZING_GUIDE_URL }, { openExternal })).toEqual({
        action: 'deny',
      });
      expect(openExternal).toHaveBeenCalledWith(POSITION_SIZING_GUIDE_URL);
    });
  });

  describe('guardNavigation()', () => {
    it('attaches will-navigate, will-redirect, will-attach-webview and the window-open handler', () => {
      const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
      let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
      const contents = {
        on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
          listeners.set(name, listener);
        },
        setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
          openHandler = handler;
        },
      } as unknown as GuardedContents;
      guardNavigation(contents, {
        openFile: vi.fn(),
        openExternal: vi.fn(() => Promise.resolve()),
      });
      expect([...listeners.keys()].sort()).toEqual([
        'will-attach-webview',
        'will-navigate',
        'will-redirect',
      ]);
      for (const listener of listeners.values()) {
        const event = navigationEvent();
        listener(event, 'https://example.com/');
        expect(event.preventDefault).toHaveBeenCalled();
      }
      expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    });
  });

  describe('denyAllPermissions()', () => {
    it('denies every permission request and check', () => {
      const handlers: Record<string, (...args: never[]) => unknown> = {};
      const session: PermissionSession = {
        setPermissionRequestHandler: (h) => void (handlers.request = h),
        setPermissionCheckHandler: (h) => void (handlers.check = h),
        setDevicePermissionHandler: (h) => void (handlers.device = h),
      };
      denyAllPermissions(session);
      for (const permission of [
        'media',
        'geolocation',
        'notifications',
        'clipboard-read',
        'openExternal',
      ]) {
        const callback = vi.fn();
        (handlers.request as (c: unknown, p: string, cb: (granted: boolean) => void) => void)(
          {},
          permission,
          callback,
        );
        expect(callback).toHaveBeenCalledWith(false);
      }
      expect((handlers.check as () => boolean)()).toBe(false);
      expect((handlers.device as () => boolean)()).toBe(false);
    });
  });
});
