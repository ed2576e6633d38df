import { configJsonSchema } from '../schema/config-schema.ts';
import type { CliIo, ExitCode } from './cli-io.ts';
import { EXIT } from './cli-io.ts';
import { jsonDocument } from './terminal-text.ts';

/** `schema`: the JSON Schema of the app's JSON view, for other editors' completion and checks. */
export function runSchema(io: CliIo): ExitCode {
  io.stdout(jsonDocument(configJsonSchema()));
  return EXIT.ok;
}
