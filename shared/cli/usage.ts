/** The one-line reminder printed under every usage error. */
export const USAGE_LINE =
  'Usage: spark-config <check|resolve|preview|export|schema|fix|diff> [file] [options]  (spark-config --help for more)';

/** The full help of `spark-config --help`. */
export const HELP = `spark-config: check, resolve, preview and export a Spark Stacker config.json

Usage: spark-config <command> [file] [options]

Commands:
  check FILE [--format text|json|github|sarif] [--json]
      List every problem in the config; errors block export.
  resolve FILE [--json]
      Show each strategy's effective position sizing and where each value comes from
      (strategy, global or default).
  preview FILE --equity E --price P | --price MARKET=P ... [--strength S] [--json]
      Size every strategy at this equity and these prices.
  export FILE --out PATH [--expand-inheritance] [--force]
      Write strict JSON for the engine, only when the config has no errors.
  fix FILE [--write] [--only CODE ...]
      Apply the fixes the diagnostics offer (rename to the engine's spelling, ...). Without
      --write, print them as a unified diff and exit 1 when there is something to fix.
  diff OLD NEW [--equity E --price P ...] [--json]
      What a change does to each strategy's sizing: effective values and their sources, the
      engine's and the guide's sizes (with --equity and --price), and problems that appeared
      or went away. Either side may be - for stdin. Exit 1 when any strategy's sizing changed.
  schema
      Print the JSON Schema of config.json, for other editors (VS Code's json.schemas).

Options:
  --json                Print exactly one JSON document on stdout.
  --format F            check's output: text (default), json (as --json), github (workflow
                        commands that annotate a pull request) or sarif (SARIF 2.1.0).
  --equity E            Account equity in USD, above 0.
  --price P             Price for every market that has no price of its own.
  --price MARKET=P      Price for one market; repeat for each, e.g. --price BTC-USD=60000.
  --strength S          Signal strength from 0 to 1 (or 0 % to 100 %); default 1.
  --out PATH            Where export writes; left untouched when export fails.
  --expand-inheritance  Give every exported strategy its full effective position_sizing.
  --force               Let export replace FILE itself (its comments are lost; a backup is kept).
  --write               fix: save the fixes (atomically, after a backup).
  --only CODE           fix: apply only the fixes of this diagnostic code; repeatable.
  -h, --help            Show this help.

Exit codes: 0 ok, 1 the config has errors, 2 usage error or unreadable file.
Colour is used only on a terminal, and never when NO_COLOR is set.

Examples:
  spark-config check config.json
  spark-config check config.json --format github
  spark-config resolve config.json --json
  spark-config preview config.json --equity 25000 --price 60000 --price ETH-USD=3000
  spark-config export config.jsonc --out config.json --expand-inheritance
  spark-config fix config.json --write
  git show HEAD:config.json | spark-config diff - config.json --equity 25000 --price 60000
  spark-config schema > spark-config.schema.json
`;

/** A usage error as printed on stderr: the problem, then the usage line. */
export function usageError(message: string): string {
  return `spark-config: ${message}\n${USAGE_LINE}\n`;
}
