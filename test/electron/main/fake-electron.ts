import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Menu, MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';

// A recording stand-in for the part of Electron the main process uses. It enforces Electron's
// timing rules (what must happen before or after `ready`), so a misordered call fails the boot.

/** `event.senderFrame` of an invoke: the page that sent the message. */
export interface FakeFrame {
  readonly url: string;
  readonly parent: FakeFrame | null;
}

/** The app's own top-level page, as `webContents.mainFrame` describes it once loaded. */
export const APP_MAIN_FRAME: FakeFrame = { url: 'app://spark/index.html', parent: null };

type InvokeListener = (event: { senderFrame: FakeFrame | null }, ...args: unknown[]) => unknown;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

/** The `webContents` of a fake window: records what is sent to the renderer. */
export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly mainFrame = APP_MAIN_FRAME;
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  constructor(readonly session: unknown) {
    super();
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

/** An Electron-style event whose default can be prevented. */
export function preventableEvent(): { preventDefault: () => void; readonly prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault: () => {
      event.prevented = true;
    },
  };
  return event;
}

/** Everything the fake recorded, plus the means to drive it as Electron would. */
export interface FakeElectron {
  /** What `import … from 'electron'` gives the code under test. */
  readonly module: Record<string, unknown>;
  /** Calls in order, e.g. `app.enableSandbox`; `ready` marks when `whenReady` resolved. */
  readonly log: string[];
  readonly app: FakeApp;
  readonly windows: FakeWindow[];
  readonly privilegedSchemes: unknown[];
  readonly protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  /** Every `ipcMain.handle` call's channel, in order, duplicates included. */
  readonly handledChannels: string[];
  readonly permissions: {
    request?: PermissionRequestHandler;
    check?: () => boolean;
    device?: () => boolean;
  };
  /** Each template given to `Menu.setApplicationMenu`, latest last. */
  readonly menus: MenuItemConstructorOptions[][];
  readonly messageBoxes: { message: string; buttons: string[] | undefined }[];
  /** The button index the next message boxes answer with; default: their cancel button. */
  messageBoxResponse: number | null;
  readonly openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  becomeReady(): void;
  /** Calls the handler registered for `channel` as a renderer in `frame` would. */
  invoke(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown>;
}

/** The fake `app`: an event emitter with the methods the main process calls. */
export type FakeApp = EventEmitter & { readonly quit: ReturnType<typeof vi.fn> };

/** A fake `BrowserWindow`; its `close()` emits `close` then, unless prevented, `closed`. */
export type FakeWindow = EventEmitter & {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  readonly loadedUrls: string[];
  readonly titles: string[];
  readonly shown: boolean;
  readonly destroyed: boolean;
  readonly focus: ReturnType<typeof vi.fn>;
  close(): void;
};

/** Creates a fresh fake; `paths` answers `app.getPath`. */
export function createFakeElectron(input: {
  readonly singleInstanceLock: boolean;
  readonly paths: Readonly<Record<string, string>>;
}): FakeElectron {
  const log: string[] = [];
  let ready = false;
  let markReady = (): void => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const afterReady = (what: string): void => {
    log.push(what);
    if (!ready) throw new Error(`${what} cannot be used before the app is ready.`);
  };
  const beforeReady = (what: string): void => {
    log.push(what);
    if (ready) throw new Error(`${what} can only be called before the app is ready.`);
  };
  const ipcListeners = new Map<string, InvokeListener>();

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quit: vi.fn(() => void log.push('app.quit')),
    enableSandbox: () => beforeReady('app.enableSandbox'),
    requestSingleInstanceLock: () => {
      log.push('app.requestSingleInstanceLock');
      return input.singleInstanceLock;
    },
    whenReady: () => {
      log.push('app.whenReady');
      return readyPromise;
    },
    getPath: (name: string) => {
      const path = input.paths[name];
      if (path === undefined) throw new Error(`app.getPath('${name}') is not faked.`);
      return path;
    },
    getVersion: () => '0.0.0-test',
    setAboutPanelOptions: () => undefined,
    showAboutPanel: () => undefined,
  });

  const defaultSession = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => {
      fake.permissions.request = handler;
    },
    setPermissionCheckHandler: (handler: () => boolean) => {
      fake.permissions.check = handler;
    },
    setDevicePermissionHandler: (handler: () => boolean) => {
      fake.permissions.device = handler;
    },
  };

  class BrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(defaultSession);
    readonly loadedUrls: string[] = [];
    readonly titles: string[] = [];
    shown = false;
    destroyed = false;
    readonly focus = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      afterReady('new BrowserWindow');
      fake.windows.push(this);
      app.emit('web-contents-created', preventableEvent(), this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 10, y: 10, width: 1000, height: 700 };
    }
    setTitle(title: string): void {
      this.titles.push(title);
    }
    setDocumentEdited(): void {}
    setRepresentedFilename(): void {}
    close(): void {
      const event = preventableEvent();
      this.emit('close', event);
      if (event.prevented) return;
      this.destroyed = true;
      this.emit('closed');
      if (fake.windows.every((window) => window.destroyed)) app.emit('window-all-closed');
    }
  }

  const fake: FakeElectron = {
    log,
    app,
    windows: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    handledChannels: [],
    permissions: {},
    menus: [],
    messageBoxes: [],
    messageBoxResponse: null,
    openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
    becomeReady: () => {
      ready = true;
      log.push('ready');
      markReady();
    },
    invoke: (channel, frame, ...args) =>
      Promise.resolve().then(() => {
        const listener = ipcListeners.get(channel);
        if (!listener) throw new Error(`No handler for ${channel}.`);
        return listener({ senderFrame: frame }, ...args);
      }),
    module: {
      app,
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, listener: InvokeListener) => {
          log.push('ipcMain.handle');
          fake.handledChannels.push(channel);
          // As Electron does: a channel has one handler.
          if (ipcListeners.has(channel))
            throw new Error(`Attempted to register a second handler for '${channel}'`);
          ipcListeners.set(channel, listener);
        },
      },
      Menu: {
        buildFromTemplate: (template: MenuItemConstructorOptions[]) =>
          ({ template }) as unknown as Menu,
        setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => {
          afterReady('Menu.setApplicationMenu');
          fake.menus.push(menu.template);
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          beforeReady('protocol.registerSchemesAsPrivileged');
          fake.privilegedSchemes.push(...schemes);
        },
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          afterReady('protocol.handle');
          fake.protocolHandlers.set(scheme, handler);
        },
      },
      screen: {
        getAllDisplays: () => {
          afterReady('screen.getAllDisplays');
          return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
        },
      },
      session: {
        get defaultSession() {
          afterReady('session.defaultSession');
          return defaultSession;
        },
      },
      shell: { openExternal: (url: string) => fake.openExternal(url) },
      dialog: {
        showMessageBox: (...args: unknown[]) => {
          const options = args.at(-1) as { message: string; buttons?: string[]; cancelId?: number };
          fake.messageBoxes.push({ message: options.message, buttons: options.buttons });
          return Promise.resolve({ response: fake.messageBoxResponse ?? options.cancelId ?? 0 });
        },
        showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
        showSaveDialog: () => Promise.resolve({ canceled: true }),
      },
    },
  };
  return fake;
}
