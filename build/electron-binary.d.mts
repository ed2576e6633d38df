/** The Electron executable, or null with the reason it is not there. */
export declare function findElectronBinary(
  env?: Record<string, string | undefined>,
): { path: string; reason: null } | { path: null; reason: string };
