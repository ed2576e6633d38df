import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../../shared/ipc/contract.ts';
import type { Handlers, InvokeEvent, IpcRegistry } from '../../../electron/main/ipc-handlers.ts';
import {
  handle,
  invokeChecked,
  IpcRefusal,
  isTrustedSender,
  registerHandlers,
  sendEvent,
} from '../../../electron/main/ipc-handlers.ts';

const TRUSTED: InvokeEvent = { senderFrame: { url: 'app://spark/index.html', parent: null } };
const STAMP = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };
const SAVE = { path: '/c/config.json', text: '{}', bom: false, stamp: STAMP };

describe('ipc-handlers', () => {
  describe('isTrustedSender()', () => {
    it('trusts only the top-level frame of the app origin', () => {
      expect(isTrustedSender(TRUSTED.senderFrame)).toBe(true);
      expect(isTrustedSender(null)).toBe(false);
      expect(isTrustedSender({ url: 'app://spark/index.html', parent: {} })).toBe(false);
      expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
      expect(isTrustedSender({ url: 'file:///tmp/index.html', parent: null })).toBe(false);
      expect(isTrustedSender({ url: 'app://other/index.html', parent: null })).toBe(false);
      expect(isTrustedSender({ url: '', parent: null })).toBe(false);
    });
  });

  describe('invokeChecked()', () => {
    it('passes the parsed request, with defaults, and returns the checked reply', async () => {
      const handler = vi.fn(() => ({ status: 'canceled' as const }));
      await expect(invokeChecked('app:save-document', handler, TRUSTED, [SAVE])).resolves.toEqual({
        status: 'canceled',
      });
      expect(handler).toHaveBeenCalledWith({ ...SAVE, overwrite: false });
    });

    it('refuses a null, foreign or child sender frame without calling the handler', async () => {
      const handler = vi.fn(() => null);
      const senders: InvokeEvent[] = [
        { senderFrame: null },
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        { senderFrame: { url: 'app://spark/index.html', parent: { url: 'app://spark/' } } },
      ];
      for (const event of senders) {
        await expect(
          invokeChecked('app:document-state', handler, event, [{ name: 'a', edited: false }]),
        ).rejects.toBeInstanceOf(IpcRefusal);
      }
      expect(handler).not.toHaveBeenCalled();
    });

    it.each([
      ['app:open-document', [{ extra: 1 }]],
      ['app:open-document', []],
      ['app:open-document', [{}, {}]],
      ['app:open-recent', [{ path: 42 }]],
      ['app:open-recent', [{ path: 'x'.repeat(5000) }]],
      ['app:save-document', [{ ...SAVE, text: 7 }]],
      ['app:save-document', [{ ...SAVE, stamp: { ...STAMP, sha256: 'not-hex' } }]],
      ['app:save-document', [{ ...SAVE, stamp: { ...STAMP, size: -1 } }]],
      ['app:save-document', [null]],
      [
        'app:export-config',
        [{ text: '{}', suggestedName: 'x'.repeat(300), expandInheritance: false }],
      ],
      ['app:confirm-discard', [{ name: 5 }]],
      ['app:document-state', [{ name: 'a', edited: 'yes' }]],
      ['app:document-state', [{ name: 'a', edited: true, backup: { text: 'x' } }]],
    ] as const)('refuses a bad %s payload %j', async (channel, args) => {
      const handler = vi.fn();
      await expect(invokeChecked(channel, handler as never, TRUSTED, args)).rejects.toThrow(
        /invalid request|expected one argument/,
      );
      expect(handler).not.toHaveBeenCalled();
    });

    it('refuses to send a reply that breaks the contract', async () => {
      const handler = vi.fn(() => ({ status: 'opened', document: { path: 3 } }) as never);
      await expect(invokeChecked('app:open-document', handler, TRUSTED, [{}])).rejects.toThrow();
    });
  });

  describe('registerHandlers()', () => {
    it('registers every channel of the contract through the checked wrapper', async () => {
      const registered = new Map<string, (event: InvokeEvent, ...args: unknown[]) => unknown>();
      const ipc: IpcRegistry = {
        handle: (channel, listener) => void registered.set(channel, listener),
      };
      const handlers = Object.fromEntries(
        Object.keys(CHANNELS).map((c) => [c, vi.fn(() => null)]),
      ) as unknown as Handlers;
      registerHandlers(ipc, handlers);
      expect([...registered.keys()].sort()).toEqual(Object.keys(CHANNELS).sort());
      const listener = registered.get('app:document-state');
      await expect(
        listener?.({ senderFrame: null }, { name: 'a', edited: false }),
      ).rejects.toBeInstanceOf(IpcRefusal);
      await expect(listener?.(TRUSTED, { name: 'a', edited: false })).resolves.toBeNull();
    });

    it('handle() registers a single channel', () => {
      const ipc = { handle: vi.fn() };
      handle(ipc, 'app:recent-files', () => []);
      expect(ipc.handle).toHaveBeenCalledWith('app:recent-files', expect.any(Function));
    });
  });

  describe('sendEvent()', () => {
    it('sends a payload that matches the contract', () => {
      const target = { send: vi.fn() };
      sendEvent(target, 'app:menu-command', 'save');
      expect(target.send).toHaveBeenCalledWith('app:menu-command', 'save');
    });
    it('throws instead of sending a payload that does not', () => {
      const target = { send: vi.fn() };
      expect(() => sendEvent(target, 'app:menu-command', 'rm -rf' as never)).toThrow();
      expect(target.send).not.toHaveBeenCalled();
      expect(Object.keys(EVENTS)).toContain('app:menu-command');
    });
  });
});
