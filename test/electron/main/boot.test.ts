import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.ts';
import { POSITION_SIZING_GUIDE_URL } from '../../../electron/main/open-external.ts';
import { CHANNELS } from '../../../shared/ipc/contract.ts';
import { SAMPLE_CONFIG_TEXT } from '../../../shared/sample-config.ts';
import type { FakeElectron, FakeFrame, FakeWindow } from './fake-electron.ts';
import { APP_MAIN_FRAME, createFakeElectron, preventableEvent } from './fake-electron.ts';

// Boots the real electron/main/index.ts, with `electron` resolved to a recording fake, and
// follows one app run in order: launch, ready, first page load, messages, a second launch, quit.

const INDEX = fileURLToPath(new URL('../../../electron/main/index.ts', import.meta.url));
const MAIN_DIR = resolve(INDEX, '..');
// index.ts finds the renderer at `<its folder>/../renderer`: out/renderer beside out/main when
// built. Run from source, that is electron/renderer, which does not exist: reads there are
// answered from a temporary folder instead.
const RENDERER_ROOT = resolve(MAIN_DIR, '../renderer');
const INDEX_HTML = '<!doctype html><title>Spark Config Editor</title>';
const LAUNCH_TEXT = '{ "global": { "riskPercent": 1 } }\n';
const SECOND_TEXT = '{ "global": { "riskPercent": 2 } }\n';
const DROPPED_TEXT = '{ "global": { "riskPercent": 3 } }\n';
const APP_BINARY = '/opt/spark/spark-config-editor';
const FOREIGN_FRAME: FakeFrame = { url: 'https://evil.example/', parent: null };

const run = { dir: '', readPaths: [] as string[], argv: process.argv };
let fake: FakeElectron;
let beforeReady: string[];
let window: FakeWindow;

/** `node:fs/promises` with reads of the renderer folder answered from `folder`. */
function rendererReadsFrom(folder: string) {
  return async (importOriginal: () => Promise<typeof FsPromises>) => {
    const real = await importOriginal();
    const readFile = (path: unknown, options?: unknown): Promise<unknown> => {
      if (typeof path === 'string' && path.startsWith(RENDERER_ROOT + sep)) {
        run.readPaths.push(path);
        return real.readFile(join(folder, relative(RENDERER_ROOT, path)), options as never);
      }
      return real.readFile(path as string, options as never);
    };
    return { ...real, readFile };
  };
}

function documentsOpened(): { path: string | null; text: string }[] {
  return window.webContents.sent
    .filter((message) => message.channel === 'app:document-opened')
    .map((message) => message.payload as { path: string | null; text: string });
}

function topMenu(label: string): MenuItemConstructorOptions[] {
  const menu = fake.menus.at(-1)?.find((item) => item.label?.replace('&', '') === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  expect(item?.click).toBeTypeOf('function');
  item?.click?.({} as never, undefined, {});
}

async function boot(singleInstanceLock: boolean): Promise<FakeElectron> {
  const electron = createFakeElectron({
    singleInstanceLock,
    paths: { userData: join(run.dir, 'user-data'), documents: join(run.dir, 'documents') },
  });
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  await import('../../../electron/main/index.ts');
  return electron;
}

describe('index (main-process wiring)', () => {
  beforeAll(async () => {
    run.dir = await mkdtemp(join(tmpdir(), 'spark-boot-'));
    await mkdir(join(run.dir, 'renderer'));
    await writeFile(join(run.dir, 'renderer', 'index.html'), INDEX_HTML);
    await writeFile(join(run.dir, 'launch.json'), LAUNCH_TEXT);
    await writeFile(join(run.dir, 'second.json'), SECOND_TEXT);
    await writeFile(join(run.dir, 'dropped.json'), DROPPED_TEXT);
    vi.doMock('node:fs/promises', rendererReadsFrom(join(run.dir, 'renderer')));
    // As `spark-config-editor --enable-logging <file>` would start it.
    process.argv = [APP_BINARY, '--enable-logging', join(run.dir, 'launch.json')];
    fake = await boot(true);
    beforeReady = [...fake.log];
    fake.becomeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    window = fake.windows[0] as FakeWindow;
  });

  afterAll(async () => {
    fake.app.emit('will-quit');
    process.argv = run.argv;
    vi.doUnmock('electron');
    vi.doUnmock('node:fs/promises');
    // Let the file watcher close before its folder goes.
    await new Promise((settle) => setTimeout(settle, 200));
    await rm(run.dir, { recursive: true, force: true });
  });

  describe('before ready', () => {
    it('registers the app scheme as privileged, enables the sandbox and takes the lock', () => {
      expect(fake.privilegedSchemes).toEqual([APP_SCHEME_PRIVILEGES]);
      expect(APP_SCHEME_PRIVILEGES).toMatchObject({
        scheme: 'app',
        privileges: { standard: true, secure: true },
      });
      expect(beforeReady).toEqual([
        'protocol.registerSchemesAsPrivileged',
        'app.enableSandbox',
        'app.requestSingleInstanceLock',
        'app.whenReady',
      ]);
      expect(fake.app.quit).not.toHaveBeenCalled();
    });
  });

  describe('on ready', () => {
    it('serves the built renderer from app://spark/, with the CSP', async () => {
      const serve = fake.protocolHandlers.get('app');
      expect(serve).toBeTypeOf('function');
      const response = await serve?.(new Request('app://spark/index.html'));
      expect(response?.status).toBe(200);
      expect(await response?.text()).toBe(INDEX_HTML);
      expect(response?.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response?.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(run.readPaths).toEqual([join(RENDERER_ROOT, 'index.html')]);
    });

    it('refuses paths escaping the renderer folder and other hosts, without reading', async () => {
      const serve = fake.protocolHandlers.get('app');
      run.readPaths.length = 0;
      for (const url of [
        'app://spark/..%2F..%2Fpackage.json',
        'app://spark/%2e%2e%2f%2e%2e%2fpackage.json',
        'app://evil/index.html',
      ]) {
        const response = await serve?.(new Request(url));
        expect(response?.status, url).toBe(403);
      }
      expect(run.readPaths).toEqual([]);
    });

    it('opens exactly one window, isolated and sandboxed, with the preload', () => {
      expect(fake.windows).toHaveLength(1);
      expect(window.options.show).toBe(false);
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: resolve(MAIN_DIR, '../preload/index.cjs'),
      });
      window.emit('ready-to-show');
      expect(window.shown).toBe(true);
    });

    it('loads the app from app://spark/, never file://', () => {
      expect(window.loadedUrls).toEqual(['app://spark/index.html']);
    });

    it('denies every permission request and check', () => {
      const callback = vi.fn();
      fake.permissions.request?.(window.webContents, 'media', callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(fake.permissions.check?.()).toBe(false);
      expect(fake.permissions.device?.()).toBe(false);
    });

    it('sets a File, Edit, View, Help menu whose items reach the window and the guide', () => {
      const labels = fake.menus.at(-1)?.map((item) => item.label?.replace('&', ''));
      expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
      click(topMenu('File').find((item) => item.label === 'Save'));
      expect(window.webContents.sent.at(-1)).toEqual({
        channel: 'app:menu-command',
        payload: 'save',
      });
      click(topMenu('Help').find((item) => item.label === 'Position Sizing Guide'));
      expect(fake.openExternal).toHaveBeenLastCalledWith(POSITION_SIZING_GUIDE_URL);
    });

    it('registers one IPC handler per contract channel, no more, no fewer', () => {
      expect([...fake.handledChannels].sort()).toEqual(Object.keys(CHANNELS).sort());
    });
  });

  describe('first page load', () => {
    it('sends the file named on the command line, with its text', async () => {
      window.webContents.emit('did-finish-load');
      await vi.waitFor(() => expect(documentsOpened()).toHaveLength(1));
      expect(documentsOpened()[0]).toMatchObject({
        path: join(run.dir, 'launch.json'),
        text: LAUNCH_TEXT,
      });
    });
  });

  describe('IPC', () => {
    it('answers app:open-sample from the app page with the built-in sample', async () => {
      await expect(fake.invoke('app:open-sample', APP_MAIN_FRAME, {})).resolves.toMatchObject({
        status: 'opened',
        document: { path: null, text: SAMPLE_CONFIG_TEXT },
      });
    });

    it.each([
      ['a foreign page', FOREIGN_FRAME],
      ['a frame inside the app page', { url: APP_MAIN_FRAME.url, parent: APP_MAIN_FRAME }],
      ['no frame', null],
    ])('refuses a message from %s', async (_, frame) => {
      await expect(fake.invoke('app:open-sample', frame, {})).rejects.toMatchObject({
        name: 'IpcRefusal',
        message: expect.stringMatching(/untrusted frame/) as unknown,
      });
    });

    it('refuses a malformed payload', async () => {
      await expect(
        fake.invoke('app:open-sample', APP_MAIN_FRAME, { path: '/etc' }),
      ).rejects.toThrow(/invalid request/);
      await expect(fake.invoke('app:open-sample', APP_MAIN_FRAME)).rejects.toThrow(
        /expected one argument/,
      );
    });

    it('lists the launch file in app:recent-files', async () => {
      await expect(fake.invoke('app:recent-files', APP_MAIN_FRAME, {})).resolves.toEqual([
        { path: join(run.dir, 'launch.json'), name: 'launch.json' },
      ]);
    });

    it('shows app:document-state in the title bar', async () => {
      const state = { name: 'launch.json', edited: true };
      await expect(fake.invoke('app:document-state', APP_MAIN_FRAME, state)).resolves.toBeNull();
      const mark = process.platform === 'darwin' ? '' : '• ';
      expect(window.titles.at(-1)).toBe(`${mark}launch.json — Spark Config Editor`);
    });
  });

  describe('closing with unsaved changes', () => {
    it('keeps the window open and asks whether to save', async () => {
      window.close();
      await vi.waitFor(() => expect(fake.messageBoxes).toHaveLength(1));
      expect(fake.messageBoxes[0]).toEqual({
        message: 'Do you want to save the changes you made to launch.json?',
        buttons: ['Save', "Don't Save", 'Cancel'],
      });
      expect(window.destroyed).toBe(false);
      expect(fake.app.quit).not.toHaveBeenCalled();
    });
  });

  describe('navigation', () => {
    it('prevents navigating away, and redirects', () => {
      for (const url of ['https://evil.example/', 'app://spark/other.html']) {
        const event = preventableEvent();
        window.webContents.emit('will-navigate', event, url);
        expect(event.prevented, url).toBe(true);
      }
      const redirect = preventableEvent();
      window.webContents.emit('will-redirect', redirect, 'https://evil.example/');
      expect(redirect.prevented).toBe(true);
    });

    it('opens a file dropped on the window instead of navigating to it', async () => {
      const event = preventableEvent();
      const dropped = join(run.dir, 'dropped.json');
      window.webContents.emit('will-navigate', event, pathToFileURL(dropped).href);
      expect(event.prevented).toBe(true);
      await vi.waitFor(() =>
        expect(documentsOpened().at(-1)).toMatchObject({ path: dropped, text: DROPPED_TEXT }),
      );
    });

    it('denies new windows, opening only the allow-listed guide in the browser', () => {
      const openWindow = window.webContents.windowOpenHandler;
      fake.openExternal.mockClear();
      expect(openWindow?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(fake.openExternal).not.toHaveBeenCalled();
      expect(openWindow?.({ url: POSITION_SIZING_GUIDE_URL })).toEqual({ action: 'deny' });
      expect(fake.openExternal).toHaveBeenCalledExactlyOnceWith(POSITION_SIZING_GUIDE_URL);
      expect(fake.windows).toHaveLength(1);
    });
  });

  describe('second launch', () => {
    it('focuses the window and sends the file it names, resolved against its folder', async () => {
      const argv = [APP_BINARY, '--enable-logging', 'second.json'];
      fake.app.emit('second-instance', preventableEvent(), argv, run.dir);
      expect(window.focus).toHaveBeenCalled();
      await vi.waitFor(() =>
        expect(documentsOpened().at(-1)).toMatchObject({
          path: join(run.dir, 'second.json'),
          text: SECOND_TEXT,
        }),
      );
    });
  });

  describe('closing once the changes are saved', () => {
    it('closes without asking, and quits unless on macOS', async () => {
      await fake.invoke('app:document-state', APP_MAIN_FRAME, {
        name: 'second.json',
        edited: false,
      });
      window.close();
      expect(window.destroyed).toBe(true);
      expect(fake.messageBoxes).toHaveLength(1);
      expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
    });

    it('opens a new window, as secure, on activate (macOS Dock)', () => {
      fake.app.emit('activate');
      expect(fake.windows).toHaveLength(2);
      expect(fake.windows[1]?.options).toEqual(window.options);
      expect(fake.windows[1]?.loadedUrls).toEqual(['app://spark/index.html']);
      fake.app.emit('activate');
      expect(fake.windows).toHaveLength(2);
    });
  });

  describe('when another instance holds the lock', () => {
    it('quits before registering anything', async () => {
      const second = await boot(false);
      expect(second.app.quit).toHaveBeenCalledOnce();
      expect(second.log).toEqual([
        'protocol.registerSchemesAsPrivileged',
        'app.enableSandbox',
        'app.requestSingleInstanceLock',
        'app.quit',
      ]);
      expect(second.app.eventNames()).toEqual([]);
    });
  });
});
