/** Reading a file: its bytes, or a message saying why it could not be read. */
export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

/** Writing a file: done (perhaps with a warning), or a message saying why nothing was replaced. */
export type WriteResult =
  | { readonly ok: true; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

/** A backup copy made: where it is, or why it could not be made. */
export type BackupResult =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/** Everything the command line touches outside itself, so commands stay pure and testable. */
export interface CliIo {
  readFile(path: string): Promise<ReadResult>;
  /** Replaces the file in one step: afterwards it holds either its old bytes or `text`. */
  writeFileAtomic(path: string, text: string): Promise<WriteResult>;
  /** Whether two paths name the same existing file (through links, `./`, case-folding disks). */
  sameFile(a: string, b: string): Promise<boolean>;
  /** Copies a file to a timestamped backup beside it. */
  backUp(path: string): Promise<BackupResult>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is only ever written to one). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The installed package's version, named in SARIF output; absent in tests. */
  readonly version?: string | undefined;
}

/** Exit codes of SPEC §6. */
export const EXIT = { ok: 0, configErrors: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
