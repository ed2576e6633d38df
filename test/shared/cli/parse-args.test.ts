import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../shared/cli/parse-args.ts';

function message(argv: readonly string[]): string | undefined {
  const result = parseArgs(argv);
  return result.ok ? undefined : result.message;
}

describe('parse-args', () => {
  describe('parseArgs()', () => {
    it('reads a command, its file and its flags in any order', () => {
      expect(parseArgs(['check', 'config.json'])).toEqual({
        ok: true,
        invocation: { command: 'check', file: 'config.json', json: false },
      });
      expect(parseArgs(['--json', 'resolve', 'config.json'])).toEqual({
        ok: true,
        invocation: { command: 'resolve', file: 'config.json', json: true },
      });
    });

    it('reads option values given with a space or with =', () => {
      const result = parseArgs([
        'preview',
        'c.json',
        '--equity=10000',
        '--price',
        '60000',
        '--price',
        'ETH-USD=3000',
        '--strength',
        '50%',
      ]);
      expect(result).toEqual({
        ok: true,
        invocation: {
          command: 'preview',
          file: 'c.json',
          json: false,
          inputs: {
            equity: 10000,
            defaultPrice: 60000,
            prices: { 'ETH-USD': 3000 },
            strength: 0.5,
          },
        },
      });
    });

    it('reads export options', () => {
      expect(parseArgs(['export', 'c.jsonc', '--out', 'c.json', '--expand-inheritance'])).toEqual({
        ok: true,
        invocation: { command: 'export', file: 'c.jsonc', out: 'c.json', expandInheritance: true },
      });
    });

    it('treats everything after -- as a positional, so files may start with a dash', () => {
      expect(parseArgs(['check', '--', '--odd-name.json'])).toEqual({
        ok: true,
        invocation: { command: 'check', file: '--odd-name.json', json: false },
      });
    });

    it('shows help for --help, -h or help, even beside other mistakes', () => {
      const help = { ok: true, invocation: { command: 'help' } };
      expect(parseArgs(['--help'])).toEqual(help);
      expect(parseArgs(['-h'])).toEqual(help);
      expect(parseArgs(['help'])).toEqual(help);
      expect(parseArgs(['preview', '--bogus', '--help'])).toEqual(help);
    });

    it('names what is wrong with the command and file', () => {
      expect(message([])).toBe('no command given.');
      expect(message(['lint', 'c.json'])).toBe('unknown command "lint".');
      expect(message(['check'])).toBe('check needs a file.');
      expect(message(['check', 'a.json', 'b.json'])).toBe('unexpected argument "b.json".');
    });

    it('names what is wrong with the options', () => {
      expect(message(['check', 'c.json', '--verbose'])).toBe('unknown option --verbose.');
      expect(message(['check', 'c.json', '-v'])).toBe('unknown option -v.');
      expect(message(['check', 'c.json', '--json=yes'])).toBe('--json takes no value.');
      expect(message(['check', 'c.json', '--out', 'x'])).toBe('check has no option --out.');
      expect(message(['export', 'c.json', '--json', '--out', 'x'])).toBe(
        'export has no option --json.',
      );
      expect(message(['export', 'c.json'])).toBe('export needs --out PATH.');
      expect(message(['export', 'c.json', '--out'])).toBe('--out needs a value.');
      expect(message(['export', 'c.json', '--out', '--expand-inheritance'])).toBe(
        '--out needs a value.',
      );
      expect(message(['export', 'c.json', '--out', 'a', '--out', 'b'])).toBe(
        '--out is given more than once.',
      );
    });

    it('names what is wrong with the preview inputs', () => {
      const preview = ['preview', 'c.json'];
      expect(message([...preview, '--price', '1'])).toBe('preview needs --equity E (USD).');
      expect(message([...preview, '--equity', '1'])).toBe(
        'preview needs a price: --price P or --price MARKET=P.',
      );
      expect(message([...preview, '--equity', '10,00', '--price', '1'])).toBe(
        '--equity 10,00: Commas group thousands in threes, e.g. 25,000 (decimals take a point: 25.5).',
      );
      expect(message([...preview, '--equity', '0', '--price', '1'])).toBe(
        '--equity 0: Enter an amount above 0.',
      );
      expect(message([...preview, '--equity', '-5', '--price', '1'])).toBe(
        '--equity -5: Enter an amount above 0.',
      );
      expect(message([...preview, '--equity', '1', '--price', 'BTC=abc'])).toBe(
        '--price BTC=abc: Enter a number such as 25000, 25,000, $25,000, 25k or 1.5m.',
      );
      expect(message([...preview, '--equity', '1', '--price', '=5'])).toBe(
        '--price =5: the market name is empty.',
      );
      expect(message([...preview, '--equity', '1', '--price', 'BTC=0'])).toBe(
        '--price BTC=0: Enter an amount above 0.',
      );
      expect(message([...preview, '--equity', '1', '--price', '1', '--price', '2'])).toBe(
        '--price: the default price is given more than once.',
      );
      expect(message([...preview, '--equity', '1', '--price', 'A=1', '--price', 'A=2'])).toBe(
        '--price: the price of A is given more than once.',
      );
      expect(message([...preview, '--equity', '1', '--price', '1', '--strength', '1.5'])).toBe(
        '--strength 1.5: Strength is from 0 to 1; for a percent add %.',
      );
      expect(message([...preview, '--equity', '1', '--price', '1', '--strength', 'high'])).toBe(
        '--strength high: Enter a strength such as 0.5 or 50 %.',
      );
    });

    it('reads amounts as traders write them', () => {
      const args = [
        'preview',
        'c.json',
        '--equity',
        '$25,000',
        '--price',
        'BTC=1.5m',
        '--price',
        '2k',
      ];
      const parsed = parseArgs([...args, '--strength', '50%']);
      expect(parsed).toMatchObject({
        ok: true,
        invocation: {
          inputs: { equity: 25_000, defaultPrice: 2000, prices: { BTC: 1_500_000 }, strength: 0.5 },
        },
      });
    });

    it('keeps a market named like an Object property as a plain market', () => {
      const result = parseArgs(['preview', 'c', '--equity', '1', '--price', '__proto__=5']);
      expect(result.ok && result.invocation.command === 'preview').toBe(true);
      if (result.ok && result.invocation.command === 'preview') {
        expect(Object.hasOwn(result.invocation.inputs.prices ?? {}, '__proto__')).toBe(true);
      }
    });
  });
});
