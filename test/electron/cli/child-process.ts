import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** What a child process printed and how it ended. */
export interface Spawned {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment a user's shell would give a child: vitest's own variables dropped, so a
 * build or an npm run inside a test behaves as it does from a terminal.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(VITEST|NODE_ENV$|TEST$|npm_)/i.test(name)) env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Runs a program to its end; never rejects, so a test can assert on a failure. */
export function spawn(
  file: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv; readonly input?: string },
): Promise<Spawned> {
  return new Promise((done) => {
    const child = execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? userEnv(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
    // A child may exit before reading its input: that is its answer, not a test failure.
    child.stdin?.on('error', () => undefined);
    if (options.input === undefined) child.stdin?.end();
    else child.stdin?.end(options.input);
  });
}

/** Builds the `spark-config` bundle as `npm run build` does, into `outDir`; returns its path. */
export async function buildCli(outDir: string): Promise<string> {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin');
  const args = [join(vite, 'vite.js'), 'build', '--config', 'cli.vite.config.mjs'];
  const built = await spawn(process.execPath, [...args, '--outDir', outDir], { cwd: ROOT });
  if (built.code !== 0) throw new Error(`the CLI build failed:\n${built.stdout}${built.stderr}`);
  return join(outDir, 'spark-config.mjs');
}
