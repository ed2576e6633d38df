import { describe, expect, it } from 'vitest';
import { USAGE_LINE } from '../../../shared/cli/usage.ts';
import { fixture, run } from './memory-io.ts';

describe('run-cli', () => {
  describe('runCli()', () => {
    it('prints the help on stdout and exits 0', async () => {
      for (const argv of [['--help'], ['-h'], ['help'], ['check', 'x.json', '--help']]) {
        const result = await run(argv);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('Usage: spark-config <command> [file] [options]');
        expect(result.stdout).toContain('preview FILE --equity E --price P');
        expect(result.stderr).toBe('');
      }
    });

    it('prints a short usage error on stderr and exits 2 for bad arguments', async () => {
      const cases: [string[], string][] = [
        [[], 'no command given.'],
        [['validate', 'c.json'], 'unknown command "validate".'],
        [['check'], 'check needs a file.'],
        [['check', 'c.json', '--equity', '5'], 'check has no option --equity.'],
        [['preview', 'c.json', '--price', '1'], 'preview needs --equity E (USD).'],
        [['export', 'c.json'], 'export needs --out PATH.'],
      ];
      for (const [argv, message] of cases) {
        const result = await run(argv, { 'c.json': fixture('desk.json') });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`spark-config: ${message}\n${USAGE_LINE}\n`);
      }
    });

    it('checks the arguments before reading the file', async () => {
      const result = await run(['preview', 'missing.json', '--equity', 'lots', '--price', '1']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--equity lots: Enter a number such as 25000');
    });

    it('exits 2 with the reason when the file cannot be read', async () => {
      const result = await run(['check', 'missing.json']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('spark-config: cannot read missing.json: no such file.\n');
    });

    it('reads a file with a byte order mark', async () => {
      const result = await run(['check', 'bom.json'], {
        'bom.json': `\ufeff${fixture('clean.json')}`,
      });
      // Read all the same, with SPEC §5's bom warning: the engine's json.load rejects it.
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^ {2}1:1 +warning +bom +/m);
      expect(result.stdout).toContain('Valid: 0 errors, 1 warning, 0 info.');
    });
  });
});
