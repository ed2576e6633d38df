import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAppUrl,
  resolveAppFile,
  serveAppRequest,
} from '../../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.ts';

const root = join('/srv', 'app', 'renderer');

describe('app-protocol', () => {
  describe('isAppUrl()', () => {
    it('accepts the app origin only', () => {
      expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
      expect(isAppUrl('app://spark/assets/index.js')).toBe(true);
      expect(isAppUrl('app://other/index.html')).toBe(false);
      expect(isAppUrl('file:///srv/app/renderer/index.html')).toBe(false);
      expect(isAppUrl('https://spark/index.html')).toBe(false);
      expect(isAppUrl('not a url')).toBe(false);
      expect(isAppUrl('')).toBe(false);
    });
  });

  describe('resolveAppFile()', () => {
    it('maps app paths into the renderer folder', () => {
      expect(resolveAppFile('app://spark/', root)).toBe(join(root, 'index.html'));
      expect(resolveAppFile('app://spark/assets/a%20b.js?v=1#x', root)).toBe(
        join(root, 'assets', 'a b.js'),
      );
    });
    it('refuses paths that escape the folder and other origins', () => {
      // URL parsing resolves dot segments first, so these stay inside the folder.
      expect(resolveAppFile('app://spark/%2e%2e/%2e%2e/etc/passwd', root)).toBe(
        join(root, 'etc', 'passwd'),
      );
      expect(resolveAppFile('app://spark/..%2f..%2fsecret', root)).toBeNull();
      expect(resolveAppFile('app://spark/a%00b', root)).toBeNull();
      expect(resolveAppFile('app://spark/%E0%A4%A', root)).toBeNull();
      expect(resolveAppFile('app://evil/index.html', root)).toBeNull();
    });
  });

  describe('serveAppRequest()', () => {
    const files = new Map([
      [join(root, 'index.html'), new TextEncoder().encode('<!doctype html>')],
    ]);
    const read = (path: string): Promise<Uint8Array> => {
      const found = files.get(path);
      return found ? Promise.resolve(found) : Promise.reject(new Error('ENOENT'));
    };
    it('serves a file with its type and the Content-Security-Policy', async () => {
      const response = await serveAppRequest(APP_ENTRY_URL, root, read);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toBe('<!doctype html>');
    });
    it('answers 404 for a missing file and 403 outside the folder', async () => {
      expect((await serveAppRequest('app://spark/missing.js', root, read)).status).toBe(404);
      const escaped = await serveAppRequest('app://spark/..%2f..%2fx', root, read);
      expect(escaped.status).toBe(403);
      expect(escaped.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    });
  });

  describe('CONTENT_SECURITY_POLICY', () => {
    it('allows only the app origin for scripts and nothing from the network', () => {
      const directives = new Map(
        CONTENT_SECURITY_POLICY.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src')).toEqual(["'none'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    });
  });
});
