import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/run-cli.ts';
import { lineColumnOf } from '../analyze-config.ts';
import { SYNTAX_ERROR, fixture, json, memoryIo, run } from './memory-io.ts';

const ESC = '\u001b[';

describe('check-command', () => {
  describe('runCheck()', () => {
    it('exits 0 and says so when the config has no problems', async () => {
      const result = await run(['check', 'clean.json'], { 'clean.json': fixture('clean.json') });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('clean.json\nValid: no problems found.\n');
      expect(result.stderr).toBe('');
    });

    it('exits 0 with warnings: they do not block export', async () => {
      const result = await run(['check', 'c.jsonc'], { 'c.jsonc': fixture('commented.jsonc') });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatchInlineSnapshot(`
        "c.jsonc
          2:3   warning  not-strict-json    The file has 2 comments and 5 trailing commas, so the engine exits on this file as saved (its json.load rejects them). Export writes strict JSON without them.
          22:7  warning  engine-fixed-stop  Strategy "own_risk" is sized risk_based: the engine sizes it with a 10 % stop, whatever stop_loss_pct says (the guide uses 5 %: the engine's positions are smaller than the guide's).

        Valid: 0 errors, 2 warnings, 0 info.
        "
      `);
    });

    it('exits 1 and lists errors as aligned line:column, severity, code and message', async () => {
      const result = await run(['check', 'broken.json'], { 'broken.json': fixture('broken.json') });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatchInlineSnapshot(`
        "broken.json
          7:5    error    missing-parameter   Strategy "no_risk_set" uses risk_based but risk_per_trade_pct is set nowhere: add it to strategies[0].position_sizing or to the global position_sizing.
          7:5    warning  engine-fixed-stop   Strategy "no_risk_set" is sized risk_based: the engine sizes it with a 10 % stop, whatever stop_loss_pct says (the guide uses 5 %: the engine's positions are smaller than the guide's).
          21:15  error    duplicate-strategy  Strategy name "twin" is already used by strategies[1]: names must be unique.

        Not valid: 2 errors, 1 warning, 0 info. Errors block export.
        "
      `);
    });

    it('prints SPEC §6 JSON with 1-based line and column', async () => {
      const text = fixture('broken.json');
      const result = await run(['check', 'broken.json', '--json'], { 'broken.json': text });
      // A finding about a whole strategy without position_sizing points at its opening brace.
      const noRiskSet = lineColumnOf(text, '{\n      "name": "no_risk_set"');
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      expect(json(result)).toEqual({
        valid: false,
        diagnostics: [
          {
            code: 'missing-parameter',
            severity: 'error',
            message: expect.stringContaining('risk_per_trade_pct is set nowhere') as unknown,
            path: ['strategies', 0],
            ...noRiskSet,
          },
          {
            code: 'engine-fixed-stop',
            severity: 'warning',
            message: expect.stringContaining('with a 10 % stop') as unknown,
            path: ['strategies', 0],
            ...noRiskSet,
          },
          {
            code: 'duplicate-strategy',
            severity: 'error',
            message: expect.any(String) as unknown,
            path: ['strategies', 2, 'name'],
            ...lineColumnOf(text, '"twin"', 1),
          },
        ],
      });
    });

    it('gives every diagnostic exactly the keys of SPEC §6', async () => {
      const result = await run(['check', 'c.jsonc', '--json'], {
        'c.jsonc': fixture('commented.jsonc'),
      });
      const doc = json(result) as { valid: unknown; diagnostics: Record<string, unknown>[] };
      expect(Object.keys(doc)).toEqual(['valid', 'diagnostics']);
      expect(doc.valid).toBe(true);
      for (const d of doc.diagnostics) {
        expect(Object.keys(d)).toEqual(['code', 'severity', 'message', 'path', 'line', 'column']);
      }
    });

    it('prints valid JSON with no diagnostics', async () => {
      const result = await run(['check', 'c.json', '--json'], { 'c.json': fixture('clean.json') });
      expect(result.code).toBe(0);
      expect(json(result)).toEqual({ valid: true, diagnostics: [] });
    });

    it('reports a syntax error with its line and column and exits 1', async () => {
      const files = { 's.json': SYNTAX_ERROR };
      const result = await run(['check', 's.json', '--json'], files);
      expect(result.code).toBe(1);
      expect(json(result)).toMatchObject({
        valid: false,
        diagnostics: [{ code: 'syntax', severity: 'error', path: [], line: 4, column: 5 }],
      });
    });

    it('reports bytes that are not UTF-8 as an encoding error and exits 1', async () => {
      const bytes = new Uint8Array([0x7b, 0x0a, 0x20, 0xff, 0x7d]);
      const result = await run(['check', 'latin1.json'], { 'latin1.json': bytes });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('2:2  error  encoding');
    });

    it('colours severities only when stdout is a terminal and NO_COLOR is not set', async () => {
      const files = { 'b.json': fixture('broken.json') };
      const tty = await run(['check', 'b.json'], files, { isTTY: true });
      expect(tty.stdout).toContain(`${ESC}31merror${ESC}39m`);
      const piped = await run(['check', 'b.json'], files, { isTTY: false });
      expect(piped.stdout).not.toContain(ESC);
      const noColor = await run(['check', 'b.json'], files, {
        isTTY: true,
        env: { NO_COLOR: '1' },
      });
      expect(noColor.stdout).not.toContain(ESC);
      expect(noColor.stdout).toBe(piped.stdout);
    });

    it('keeps columns aligned when coloured', async () => {
      const files = { 'b.json': fixture('broken.json') };
      const tty = await run(['check', 'b.json'], files, { isTTY: true });
      const plain = await run(['check', 'b.json'], files);
      // eslint-disable-next-line no-control-regex
      expect(tty.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
    });

    it('never colours JSON', async () => {
      const files = { 'b.json': fixture('broken.json') };
      const result = await run(['check', 'b.json', '--json'], files, { isTTY: true });
      expect(result.stdout).not.toContain(ESC);
    });
  });

  describe('runCheck() --format', () => {
    const files = { 'configs/review.jsonc': fixture('review.jsonc') };
    const check = (...options: string[]) =>
      run(['check', 'configs/review.jsonc', ...options], files);

    it.each([
      ['text', 'review.text.txt'],
      ['json', 'review.json.json'],
      ['github', 'review.github.txt'],
      ['sarif', 'review.sarif.json'],
    ])('prints the golden %s output and exits 1 on errors', async (format, golden) => {
      const result = await check('--format', format);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
      await expect(result.stdout).toMatchFileSnapshot(`golden/${golden}`);
    });

    it('prints the same document for --json and --format json', async () => {
      const json = await check('--json');
      expect(json.stdout).toBe((await check('--format', 'json')).stdout);
      expect(json.stdout).toBe((await check('--json', '--format=json')).stdout);
    });

    it('prints the text output by default', async () => {
      expect((await check()).stdout).toBe((await check('--format', 'text')).stdout);
    });

    it('exits 0 in every format when there are only warnings', async () => {
      const commented = { 'c.jsonc': `// Reviewed.\n${fixture('engine-ready.json')}` };
      for (const format of ['text', 'json', 'github', 'sarif']) {
        const result = await run(['check', 'c.jsonc', '--format', format], commented);
        expect(result.code).toBe(0);
      }
    });

    it('never colours github or sarif output, even on a terminal', async () => {
      for (const format of ['github', 'sarif']) {
        const tty = await run(['check', 'configs/review.jsonc', '--format', format], files, {
          isTTY: true,
        });
        expect(tty.stdout).not.toContain(ESC);
      }
    });

    it('annotates a clean config with nothing but its summary', async () => {
      const result = await run(['check', 'd.json', '--format', 'github'], {
        'd.json': fixture('engine-ready.json'),
      });
      expect(result).toMatchObject({ code: 0, stdout: 'd.json: Valid: no problems found.\n' });
    });

    it('names the installed version in SARIF, and leaves it out when unknown', async () => {
      const desk = { 'd.json': fixture('engine-ready.json') };
      const version = (out: string) =>
        (JSON.parse(out) as { runs: { tool: { driver: { version?: string } } }[] }).runs[0]?.tool
          .driver.version;
      const io = memoryIo(desk);
      expect(
        await runCli(['check', 'd.json', '--format', 'sarif'], { ...io, version: '9.9.9' }),
      ).toBe(0);
      expect(version(io.out)).toBe('9.9.9');
      expect(
        version((await run(['check', 'd.json', '--format', 'sarif'], desk)).stdout),
      ).toBeUndefined();
    });
  });

  describe('a root "$schema" key', () => {
    it('is accepted silently, as the engine ignores unknown root keys', async () => {
      const desk = JSON.parse(fixture('engine-ready.json')) as Record<string, unknown>;
      const withSchema = JSON.stringify({ $schema: './spark-config.schema.json', ...desk });
      const result = await run(['check', 'd.json', '--json'], { 'd.json': withSchema });
      expect(result.code).toBe(0);
      expect(json(result)).toEqual({ valid: true, diagnostics: [] });
    });
  });
});
