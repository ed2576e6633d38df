// Electron fuses, flipped in the packaged executable before it is signed (electron-builder's
// afterPack). See https://www.electronjs.org/docs/latest/tutorial/fuses.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuse settings: no Node.js back doors, encrypted cookies, code only from a checked app.asar. */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged executable electron-builder just wrote, per platform. */
export function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

/** electron-builder afterPack hook: flips the fuses in the packaged executable. */
export async function afterPack(context) {
  const executable = packagedExecutable(context);
  await flipFuses(executable, {
    ...FUSES,
    // macOS arm64 refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && [3, 4].includes(context.arch), // Arch.arm64, Arch.universal
  });
}
