/** The Electron executable, or null with the reason it is not there. */
export declare function findElectronBinary(
  env?: Record<string, string | undefined>,
): { path: string; reason: null } | { path: null; reason: string };

/** Builds the app with electron-vite (`npm start` and the `_electron` spec run what it writes). */
export declare function buildApp(
  root: string,
  stdio?: 'inherit' | 'pipe',
): { status: number | null; stderr: string | null };
