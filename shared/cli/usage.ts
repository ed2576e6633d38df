/** The one-line reminder printed under every usage error. */
export const USAGE_LINE =
  'Usage: spark-config <check|resolve|preview|export> <file> [options]  (spark-config --help for more)';

/** The full help of `spark-config --help`. */
export const HELP = `spark-config: check, resolve, preview and export a Spark Stacker config.json

Usage: spark-config <command> <file> [options]

Commands:
  check FILE [--json]
      List every problem in the config; errors block export.
  resolve FILE [--json]
      Show each strategy's effective position sizing and where each value comes from
      (strategy, global or default).
  preview FILE --equity E --price P | --price MARKET=P ... [--strength S] [--json]
      Size every strategy at this equity and these prices.
  export FILE --out PATH [--expand-inheritance] [--force]
      Write strict JSON for the engine, only when the config has no errors.

Options:
  --json                Print exactly one JSON document on stdout.
  --equity E            Account equity in USD, above 0.
  --price P             Price for every market that has no price of its own.
  --price MARKET=P      Price for one market; repeat for each, e.g. --price BTC-USD=60000.
  --strength S          Signal strength from 0 to 1 (or 0 % to 100 %); default 1.
  --out PATH            Where export writes; left untouched when export fails.
  --expand-inheritance  Give every exported strategy its full effective position_sizing.
  --force               Let export replace FILE itself (its comments are lost; a backup is kept).
  -h, --help            Show this help.

Exit codes: 0 ok, 1 the config has errors, 2 usage error or unreadable file.
Colour is used only on a terminal, and never when NO_COLOR is set.

Examples:
  spark-config check config.json
  spark-config resolve config.json --json
  spark-config preview config.json --equity 25000 --price 60000 --price ETH-USD=3000
  spark-config export config.jsonc --out config.json --expand-inheritance
`;

/** A usage error as printed on stderr: the problem, then the usage line. */
export function usageError(message: string): string {
  return `spark-config: ${message}\n${USAGE_LINE}\n`;
}
