import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo, WriteResult } from '../../../shared/cli/cli-io.ts';
import { runCli } from '../../../shared/cli/run-cli.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/cli');

/** A fixture of test/fixtures/cli as text. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A config missing a comma after line 3: a syntax error at line 4, column 5. */
export const SYNTAX_ERROR =
  '{\n  "position_sizing": {\n    "method": "fixed_usd"\n    "fixed_amount_usd": 100\n  }\n}\n';

/** How the in-memory terminal and files behave. */
export interface MemoryIoOptions {
  readonly isTTY?: boolean;
  readonly env?: Record<string, string | undefined>;
  /** Makes every write fail with this message. */
  readonly writeFails?: string;
}

/** An in-memory CliIo: files by path, everything printed, and every write attempted. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, string | Uint8Array>;
  readonly writes: string[];
  out: string;
  err: string;
}

/** A CliIo over a map of files, recording stdout, stderr and writes. */
export function memoryIo(
  files: Record<string, string | Uint8Array>,
  options: MemoryIoOptions = {},
): MemoryIo {
  const io: MemoryIo = {
    files: new Map(Object.entries(files)),
    writes: [],
    out: '',
    err: '',
    readFile: (path) => {
      const content = io.files.get(path);
      if (content === undefined) {
        return Promise.resolve({ ok: false, message: `cannot read ${path}: no such file.` });
      }
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return Promise.resolve({ ok: true, bytes });
    },
    writeFileAtomic: (path, text): Promise<WriteResult> => {
      io.writes.push(path);
      if (options.writeFails !== undefined) {
        return Promise.resolve({ ok: false, message: options.writeFails });
      }
      io.files.set(path, text);
      return Promise.resolve({ ok: true });
    },
    // Paths are names in the map: `./a` is not `a` here.
    sameFile: (a, b) => Promise.resolve(a === b && io.files.has(a)),
    backUp: (path) => {
      if (options.writeFails !== undefined) {
        return Promise.resolve({ ok: false, message: options.writeFails });
      }
      const content = io.files.get(path);
      if (content === undefined)
        return Promise.resolve({ ok: false, message: `could not back up ${path}: no such file.` });
      const backup = `${path}.backup.20250314_090507`;
      io.files.set(backup, content);
      return Promise.resolve({ ok: true, path: backup });
    },
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  return io;
}

/** What one run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly io: MemoryIo;
}

/** Runs the command line on in-memory files. */
export async function run(
  argv: readonly string[],
  files: Record<string, string | Uint8Array> = {},
  options: MemoryIoOptions = {},
): Promise<CliRun> {
  const io = memoryIo(files, options);
  const code = await runCli(argv, io);
  return { code, stdout: io.out, stderr: io.err, io };
}

/** Parses stdout as the one JSON document `--json` promises. */
export function json(result: CliRun): unknown {
  return JSON.parse(result.stdout) as unknown;
}
