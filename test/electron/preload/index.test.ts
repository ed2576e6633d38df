import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../shared/ipc/contract.ts';
import { CHANNELS, EVENTS, methodNameOf } from '../../../shared/ipc/contract.ts';

// The real `electron` package is never loaded: it would try to download its binary.
const exposed = new Map<string, unknown>();
const rendererListeners = new Map<string, (event: unknown, payload: unknown) => void>();
const invoke = vi.fn((channel: string, request: unknown) => Promise.resolve({ channel, request }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      rendererListeners.set(channel, listener),
  },
}));

let host: Host;
beforeAll(async () => {
  await import('../../../electron/preload/index.ts');
  host = exposed.get('sparkHost') as Host;
});

describe('preload', () => {
  it('exposes only window.sparkHost', () => {
    expect([...exposed.keys()]).toEqual(['sparkHost']);
  });

  it('exposes one function per channel, plus on() and kind, and no ipcRenderer', () => {
    const expected = [
      ...Object.keys(CHANNELS).map((c) => methodNameOf(c as keyof typeof CHANNELS)),
      'on',
      'kind',
    ];
    expect(Object.keys(host).sort()).toEqual(expected.sort());
    expect(host.kind).toBe('electron');
    expect(JSON.stringify(Object.keys(host))).not.toMatch(/ipc|send|invoke/i);
  });

  it('invokes each channel by its own name', async () => {
    await host.saveDocumentAs({ path: null, text: '{}', bom: false, stamp: null });
    expect(invoke).toHaveBeenLastCalledWith('app:save-document-as', {
      path: null,
      text: '{}',
      bom: false,
      stamp: null,
    });
    for (const channel of Object.keys(CHANNELS)) {
      const method = (host as unknown as Record<string, (r: unknown) => Promise<unknown>>)[
        methodNameOf(channel as keyof typeof CHANNELS)
      ];
      await method?.({});
      expect(invoke).toHaveBeenLastCalledWith(channel, {});
    }
  });

  it('listens to every event of the contract and nothing else', () => {
    expect([...rendererListeners.keys()].sort()).toEqual(Object.keys(EVENTS).sort());
    expect(() => host.on('app:evil' as never, () => undefined)).toThrow(/unknown event/);
  });

  it('keeps a document sent before the page subscribed, and delivers it once', async () => {
    const document = { path: null, name: 'a.json', text: '{}', bom: false, stamp: null };
    rendererListeners.get('app:document-opened')?.({}, document);
    const received: unknown[] = [];
    const off = host.on('app:document-opened', (payload) => received.push(payload));
    await Promise.resolve();
    expect(received).toEqual([document]);
    rendererListeners.get('app:document-opened')?.({}, document);
    expect(received).toHaveLength(2);
    off();
    rendererListeners.get('app:menu-command')?.({}, 'save');
    const commands: unknown[] = [];
    host.on('app:menu-command', (payload) => commands.push(payload));
    await Promise.resolve();
    expect(commands).toEqual([]);
  });
});
