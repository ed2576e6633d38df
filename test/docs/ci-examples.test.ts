import {
  chmod,
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCli, spawn, userEnv } from '../electron/cli/child-process.ts';

// The README's GitHub Actions job and pre-commit hook are copies of docs/examples/: these tests
// run those files (the job's check step, the hook in a real git repository) against the built
// command, and check the README still holds them verbatim.

const EXAMPLES = join(ROOT, 'docs', 'examples');
const REVIEW = join(ROOT, 'test', 'fixtures', 'cli', 'review.jsonc');
// No finding for the guide's checks nor for the engine's (exchanges, indicators, fixed_units).
const VALID = join(ROOT, 'test', 'fixtures', 'cli', 'engine-ready.json');

let work = '';
/** PATH with the freshly built `spark-config` first, as after `npm install --global`. */
let env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'spark-examples-'));
  const bundle = await buildCli(join(work, 'cli'));
  await mkdir(join(work, 'bin'));
  await symlink(bundle, join(work, 'bin', 'spark-config'));
  env = userEnv({
    PATH: `${join(work, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  });
}, 120_000);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

/** The `run:` line of the workflow step with this name. */
function stepCommand(workflow: string, name: string): string {
  const lines = workflow.split('\n');
  const at = lines.findIndex((line) => line.trim() === `- name: ${name}`);
  const run = lines.slice(at + 1).find((line) => line.trim().startsWith('run: '));
  if (at === -1 || run === undefined) throw new Error(`no step "${name}" with a one-line run:`);
  return run.trim().slice('run: '.length);
}

describe('docs/examples/spark-config.yml', () => {
  it('annotates the pull request: its check step prints workflow commands and fails on errors', async () => {
    const workflow = await readFile(join(EXAMPLES, 'spark-config.yml'), 'utf8');
    const command = stepCommand(workflow, 'Check config.json');
    expect(command).toBe('spark-config check config.json --format github');
    const checkout = join(work, 'checkout');
    await mkdir(checkout);
    await copyFile(REVIEW, join(checkout, 'config.json'));
    const result = await spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd: checkout, env });
    expect(result.code).toBe(1);
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    // The file's own findings; the engine model may add more of its own.
    expect(commands.map((line) => line.slice(0, line.indexOf('::', 2)))).toEqual(
      expect.arrayContaining([
        '::warning file=config.json,line=3,col=3,title=not-strict-json',
        '::error file=config.json,line=13,col=53,title=min-above-max',
        '::error file=config.json,line=18,col=74,title=range',
        '::warning file=config.json,line=18,col=74,title=suspicious-unit',
      ]),
    );
  });

  it('lists what the pull request does to the money against the base branch, failing when sizing changed', async () => {
    const workflow = await readFile(join(EXAMPLES, 'spark-config.yml'), 'utf8');
    const command = stepCommand(workflow, 'What the change does to the money');
    const repo = join(work, 'pull-request');
    await mkdir(repo);
    const git = (...args: string[]) => spawn('git', args, { cwd: repo, env });
    await git('init', '--quiet', '--initial-branch=main');
    const base = await readFile(VALID, 'utf8');
    await writeFile(join(repo, 'config.json'), base);
    await git('add', 'config.json');
    await git('-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'base');
    // What actions/checkout leaves: the base branch as a remote-tracking ref.
    await git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const stepEnv = { ...env, GITHUB_BASE_REF: 'main' };
    const run = () =>
      spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd: repo, env: stepEnv });
    const unchanged = await run();
    expect(unchanged.stdout).toBe('No strategy’s sizing changed.\n');
    expect(unchanged.code).toBe(0);
    const config = JSON.parse(base) as { strategies: { name: string }[] };
    const first = config.strategies[0]?.name ?? '';
    await writeFile(join(repo, 'config.json'), base.replace(`"${first}"`, `"${first}_v2"`));
    const renamed = await run();
    expect(renamed.code).toBe(1);
    expect(renamed.stdout).toContain(`${first}_v2 (added)`);
    expect(renamed.stdout).toContain(`${first} (removed)`);
  });
});

describe('docs/examples/pre-commit', () => {
  let repo = '';
  const git = (...args: string[]) => spawn('git', args, { cwd: repo, env });
  const commit = (message: string) =>
    git('-c', 'user.name=Trader', '-c', 'user.email=t@example.invalid', 'commit', '-m', message);
  const commits = async () => (await git('rev-list', '--all', '--count')).stdout.trim();

  beforeAll(async () => {
    repo = join(work, 'repo');
    await mkdir(join(repo, 'desk'), { recursive: true });
    await git('init', '--quiet');
    await copyFile(join(EXAMPLES, 'pre-commit'), join(repo, '.git', 'hooks', 'pre-commit'));
    await chmod(join(repo, '.git', 'hooks', 'pre-commit'), 0o755);
  });

  it('lets a commit through when the staged config has no errors', async () => {
    await copyFile(VALID, join(repo, 'config.json'));
    await writeFile(join(repo, 'notes.txt'), 'not a config\n');
    await git('add', '.');
    const result = await commit('Add the desk config');
    expect(result.code, result.stderr).toBe(0);
    // Git shows a hook's output on stderr.
    expect(result.stderr).toContain('config.json\nValid: no problems found.');
    expect(await commits()).toBe('1');
  });

  it('refuses a staged config with errors, naming the file, line and column', async () => {
    await copyFile(REVIEW, join(repo, 'desk', 'config.json'));
    await git('add', 'desk/config.json');
    const result = await commit('Add the review desk');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('desk/config.json\n');
    expect(result.stderr).toMatch(/^ {2}13:53 +error +min-above-max +Strategy/m);
    expect(result.stderr).toContain('pre-commit: fix the errors above');
    expect(await commits()).toBe('1');
  });

  it('checks the staged text, not the working copy', async () => {
    // Fixed on disk but not staged: what would be committed still has the errors.
    await copyFile(VALID, join(repo, 'desk', 'config.json'));
    expect((await commit('Add the review desk')).code).not.toBe(0);
    await git('add', 'desk/config.json');
    expect((await commit('Add the review desk')).code).toBe(0);
    expect(await commits()).toBe('2');
  });

  it('ignores commits that touch no config', async () => {
    await writeFile(join(repo, 'notes.txt'), 'still not a config\n');
    await git('add', 'notes.txt');
    const result = await commit('Update the notes');
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Valid');
  });
});

describe('README.md', () => {
  it('holds the GitHub Actions job and the pre-commit hook verbatim', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    for (const name of ['spark-config.yml', 'pre-commit']) {
      const text = await readFile(join(EXAMPLES, name), 'utf8');
      expect(readme, `README.md lacks docs/examples/${name}`).toContain(text);
    }
  });
});
