import type { PreviewInputs } from '../sizing/preview.ts';
import type { CheckFormat } from './check-command.ts';
import { CHECK_FORMATS } from './check-command.ts';
import type { DiagnosticCode } from '../diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../diagnostics/diagnostic.ts';
import { previewInputs } from './preview-inputs.ts';

/** The four commands of SPEC §6, `schema` for other editors, and `fix` and `diff` for review. */
const COMMANDS = ['check', 'resolve', 'preview', 'export', 'schema', 'fix', 'diff'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** A command line understood: what to run, on which file, with which options. */
export type Invocation =
  | { readonly command: 'help' }
  | { readonly command: 'schema' }
  | {
      readonly command: 'fix';
      readonly file: string;
      readonly write: boolean;
      readonly only: readonly DiagnosticCode[];
    }
  | {
      readonly command: 'diff';
      readonly file: string;
      readonly newFile: string;
      readonly json: boolean;
      /** Sizes are compared only when equity and prices are given. */
      readonly inputs: PreviewInputs | undefined;
    }
  | { readonly command: 'check'; readonly file: string; readonly format: CheckFormat }
  | { readonly command: 'resolve'; readonly file: string; readonly json: boolean }
  | {
      readonly command: 'preview';
      readonly file: string;
      readonly json: boolean;
      readonly inputs: PreviewInputs;
    }
  | {
      readonly command: 'export';
      readonly file: string;
      readonly out: string;
      readonly expandInheritance: boolean;
      readonly force: boolean;
    };

/** The invocation, or the one-line reason the arguments make no sense. */
export type ParseResult =
  | { readonly ok: true; readonly invocation: Invocation }
  | { readonly ok: false; readonly message: string };

/** Whether an option stands alone, takes one value, or may be given once per value. */
type OptionKind = 'flag' | 'value' | 'repeated';

// One kind per name across commands, so values are read the same wherever the option appears.
const KINDS: Readonly<Record<string, OptionKind>> = {
  json: 'flag',
  format: 'value',
  equity: 'value',
  price: 'repeated',
  strength: 'value',
  out: 'value',
  'expand-inheritance': 'flag',
  write: 'flag',
  only: 'repeated',
  force: 'flag',
};

const ALLOWED: Readonly<Record<CommandName, readonly string[]>> = {
  check: ['json', 'format'],
  resolve: ['json'],
  preview: ['json', 'equity', 'price', 'strength'],
  export: ['out', 'expand-inheritance', 'force'],
  schema: [],
  fix: ['write', 'only'],
  diff: ['json', 'equity', 'price', 'strength'],
};

/** The positional arguments each command takes after its name, in order. */
const POSITIONALS: Readonly<Record<CommandName, readonly string[]>> = {
  check: ['a file'],
  resolve: ['a file'],
  preview: ['a file'],
  export: ['a file'],
  schema: [],
  fix: ['a file'],
  diff: ['the old file', 'the new file'],
};

/** Arguments split into positionals and options, in the order given. */
export interface Tokens {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly help: boolean;
  /** The first problem met, if any; reading goes on so that `--help` is still seen. */
  readonly error: string | undefined;
}

/** Splits argv: `--name value` and `--name=value` options anywhere, `--` ends the options. */
function tokenize(argv: readonly string[]): Tokens {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  let help = false;
  let error: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') positionals.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      const kind = name.startsWith('--') ? KINDS[name.slice(2)] : undefined;
      const next = argv[i + 1];
      let value = eq === -1 ? undefined : arg.slice(eq + 1);
      if (kind !== 'flag' && kind !== undefined && value === undefined) {
        if (next !== undefined && !next.startsWith('--')) value = next;
        if (value !== undefined) i++;
      }
      error ??= optionError(name, kind, value, values);
      if (kind === 'flag') flags.add(name.slice(2));
      else if (value !== undefined)
        values.set(name.slice(2), [...(values.get(name.slice(2)) ?? []), value]);
    }
  }
  return { positionals, flags, values, help, error };
}

function optionError(
  name: string,
  kind: OptionKind | undefined,
  value: string | undefined,
  given: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  if (kind === undefined) return `unknown option ${name}.`;
  if (kind === 'flag') return value === undefined ? undefined : `${name} takes no value.`;
  if (value === undefined) return `${name} needs a value.`;
  if (kind === 'value' && given.has(name.slice(2))) return `${name} is given more than once.`;
  return undefined;
}

function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly (string | undefined)[]).includes(name);
}

/** Reads `spark-config <command> <file> [options]`; `--help` anywhere wins over everything. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const { positionals, flags, values, help: wantsHelp, error } = tokenize(argv);
  if (wantsHelp) return help();
  if (error !== undefined) return { ok: false, message: error };
  const [command, ...operands] = positionals;
  if (command === 'help' && operands.length === 0) return help();
  if (command === undefined) return { ok: false, message: 'no command given.' };
  if (!isCommand(command)) return { ok: false, message: `unknown command "${command}".` };
  const wanted = POSITIONALS[command];
  const missing = wanted.find((_, i) => operands[i] === undefined || operands[i] === '');
  if (missing !== undefined) return { ok: false, message: `${command} needs ${missing}.` };
  const extra = operands[wanted.length];
  if (extra !== undefined) return { ok: false, message: `unexpected argument "${extra}".` };
  const stray = [...flags, ...values.keys()].find((name) => !ALLOWED[command].includes(name));
  if (stray !== undefined) return { ok: false, message: `${command} has no option --${stray}.` };
  return invocation(command, operands, flags, values);
}

function help(): ParseResult {
  return { ok: true, invocation: { command: 'help' } };
}

function checkFormat(
  flags: ReadonlySet<string>,
  values: ReadonlyMap<string, readonly string[]>,
):
  | { readonly ok: true; readonly format: CheckFormat }
  | { readonly ok: false; readonly message: string } {
  const given = values.get('format')?.[0];
  const format = CHECK_FORMATS.find((f) => f === given);
  if (given !== undefined && format === undefined) {
    return { ok: false, message: `--format ${given}: use ${CHECK_FORMATS.join(', ')}.` };
  }
  // --json is SPEC §6's spelling of --format json.
  if (flags.has('json') && format !== undefined && format !== 'json') {
    return { ok: false, message: `--json and --format ${format} disagree: give one of them.` };
  }
  return { ok: true, format: format ?? (flags.has('json') ? 'json' : 'text') };
}

function fixInvocation(
  file: string,
  flags: ReadonlySet<string>,
  values: ReadonlyMap<string, readonly string[]>,
): ParseResult {
  const only = values.get('only') ?? [];
  const unknown = only.find((c) => !Object.hasOwn(SEVERITY_OF, c));
  if (unknown !== undefined) return { ok: false, message: `--only ${unknown}: no such code.` };
  const codes = only as DiagnosticCode[];
  return { ok: true, invocation: { command: 'fix', file, write: flags.has('write'), only: codes } };
}

function diffInvocation(
  file: string,
  newFile: string,
  json: boolean,
  values: ReadonlyMap<string, readonly string[]>,
): ParseResult {
  if (file === '-' && newFile === '-')
    return { ok: false, message: 'diff can read only one side from stdin (-).' };
  const sized = values.has('equity') || values.has('price') || values.has('strength');
  const inputs = sized ? previewInputs(values) : undefined;
  if (inputs?.ok === false) return inputs;
  return { ok: true, invocation: { command: 'diff', file, newFile, json, inputs: inputs?.inputs } };
}

function invocation(
  command: CommandName,
  operands: readonly string[],
  flags: ReadonlySet<string>,
  values: ReadonlyMap<string, readonly string[]>,
): ParseResult {
  const json = flags.has('json');
  // Checked by parseArgs against POSITIONALS: every command here but schema has its file.
  const file = operands[0] ?? '';
  switch (command) {
    case 'schema':
      return { ok: true, invocation: { command } };
    case 'check': {
      const format = checkFormat(flags, values);
      if (!format.ok) return format;
      return { ok: true, invocation: { command, file, format: format.format } };
    }
    case 'resolve':
      return { ok: true, invocation: { command, file, json } };
    case 'preview': {
      const inputs = previewInputs(values);
      if (!inputs.ok) return inputs;
      return { ok: true, invocation: { command, file, json, inputs: inputs.inputs } };
    }
    case 'fix':
      return fixInvocation(file, flags, values);
    case 'diff':
      return diffInvocation(file, operands[1] ?? '', json, values);
    case 'export': {
      const out = values.get('out')?.[0];
      if (out === undefined || out === '')
        return { ok: false, message: 'export needs --out PATH.' };
      const expandInheritance = flags.has('expand-inheritance');
      const force = flags.has('force');
      return { ok: true, invocation: { command, file, out, expandInheritance, force } };
    }
  }
}
