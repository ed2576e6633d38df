import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/window-options.ts';

const options = mainWindowOptions({
  preload: '/app/out/preload/index.cjs',
  bounds: { width: 1000, height: 700 },
});
const prefs = options.webPreferences ?? {};

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item.
describe('window-options', () => {
  describe('mainWindowOptions()', () => {
    it('does not enable Node.js integration for remote content (checklist 2)', () => {
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInWorker).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    });
    it('enables context isolation (checklist 3)', () => {
      expect(prefs.contextIsolation).toBe(true);
    });
    it('enables process sandboxing (checklist 4)', () => {
      expect(prefs.sandbox).toBe(true);
    });
    it('does not disable webSecurity (checklist 6)', () => {
      expect(prefs.webSecurity).toBe(true);
    });
    it('does not allow insecure content (checklist 8)', () => {
      expect(prefs.allowRunningInsecureContent).toBe(false);
    });
    it('does not enable experimental features (checklist 9)', () => {
      expect(prefs.experimentalFeatures).toBe(false);
    });
    it('does not use enableBlinkFeatures (checklist 10)', () => {
      expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    });
    it('does not allow <webview> (checklist 11)', () => {
      expect(prefs.webviewTag).toBe(false);
    });
    it('loads the preload as given and nothing else from Node', () => {
      expect(prefs.preload).toBe('/app/out/preload/index.cjs');
      expect(prefs).not.toHaveProperty('additionalArguments');
    });
    it('lets a dropped file reach will-navigate, where it is opened instead', () => {
      expect(prefs.navigateOnDragDrop).toBe(true);
    });
    it('uses the remembered bounds and shows the window only once ready', () => {
      expect(options).toMatchObject({ width: 1000, height: 700, show: false });
      expect(options).not.toHaveProperty('x');
    });
  });
});
