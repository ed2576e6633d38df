import { isAbsolute, resolve } from 'node:path';

/** How the process was started, to know which arguments are Electron's own. */
export interface LaunchInfo {
  /** `process.defaultApp`: run as `electron <app> [file]`, so the first positional argument is the app. */
  readonly defaultApp: boolean;
  readonly cwd: string;
}

/**
 * The config file named on a command line, resolved against `cwd`, or null. Switches (`--foo`,
 * including those Chromium or a test runner add) are skipped; `--` ends them.
 */
export function fileFromArgv(argv: readonly string[], launch: LaunchInfo): string | null {
  let appPathPending = launch.defaultApp;
  let switches = true;
  for (const arg of argv.slice(1)) {
    if (switches && arg === '--') {
      switches = false;
      continue;
    }
    if ((switches && arg.startsWith('-')) || arg === '') continue;
    if (appPathPending) {
      appPathPending = false;
      continue;
    }
    return isAbsolute(arg) ? arg : resolve(launch.cwd, arg);
  }
  return null;
}
