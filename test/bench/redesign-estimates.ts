// Rough figures for `npm run profile phases`, to weigh a differently shaped core before building
// it. Stand-ins for the cost of the work, not implementations of anything: none of the tests
// below is the project's rule (SPEC.md and ENGINE.md hold those, shared/ implements them).
// - `oneLoop`: one loop over a config's strategies that reads, of each, what the models and
//   checks must read, and does about as much with it: its name hashed into the real name table,
//   its block's way found by the real BlockCache, its market, exchange, indicators, timeframe,
//   stop and flag each put through a test of about a real check's cost, and a stand-in draft
//   made where the way's method is risk_based, as the generated config's engine-fixed-stop
//   warnings are (text joined per strategy, as the real message's owner label is).
// - `sliceBySlice`: the floor's parts and the analysis' steps, the real ones, run over slices of
//   the strategies, each slice walked and then put through the steps while its objects are still
//   in the cache: what locality alone could give a core that finished each strategy on its
//   first visit. Each slice is a config of its own, so the root's own checks run once a slice.
// - `keysCounted`: every member of the parsed value enumerated and counted, nothing checked: what
//   the schema walk costs before it checks anything.
import { textName } from '../../shared/engine/name-set.ts';
import { countColons } from '../../shared/parse/parse-text.ts';
import type { SchemaIssue } from '../../shared/schema/validate.ts';
import { validateAndMeasure } from '../../shared/schema/validate.ts';
import { FirstIndexByName } from '../../shared/first-index-by-name.ts';
import { BlockCache, readingOf } from '../../shared/resolve/block-cache.ts';
import { globalLayer } from '../../shared/resolve/resolve-strategies.ts';

type Entry = Readonly<Record<string, unknown>>;

/** What the loop makes where a warning would fire: an object of a draft's size. */
class StandInDraft {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly path: readonly (string | number)[],
  ) {}
}

/** The names a config's list of objects gives its entries, as a Set to look references up in. */
function namesOf(list: unknown): Set<unknown> {
  return new Set(Array.isArray(list) ? list.map((entry: Entry | null) => entry?.name) : []);
}

/** Runs the loop once; returns how many tests failed and drafts were made. */
export function oneLoop(config: unknown): number {
  const root = config as Entry;
  const entries = (Array.isArray(root.strategies) ? root.strategies : []) as unknown[];
  const blocks = new BlockCache(globalLayer(config));
  const seen = new FirstIndexByName(entries.length, (index) => textName(entries[index]));
  const indicators = namesOf(root.indicators);
  const exchanges = namesOf(root.exchanges);
  // Stand-in tests, each of about the cost of the real one (a lookup, a comparison or two).
  const timeframes = new Set<unknown>(['1m', '5m', '15m', '30m', '1h', '4h', '12h', '1d', '1w']);
  const markets = new Map<unknown, boolean>();
  const riskBased: (boolean | undefined)[] = [];
  const drafts: StandInDraft[] = [];
  let failed = 0;
  for (let i = 0; i < entries.length; i++) {
    const s = entries[i] as Entry | null;
    if (s === null || typeof s !== 'object') continue;
    const name = textName(s);
    if (name !== undefined && seen.firstOf(name, i) !== undefined) failed++;
    const way = blocks.of(s.position_sizing as Entry | undefined);
    const at = way < 0 ? -1 - way : way;
    let risk = riskBased[at];
    if (risk === undefined)
      risk = riskBased[at] = readingOf(blocks.readings, way).sizing.values.method === 'risk_based';
    const market = s.market;
    let marketOk = markets.get(market);
    if (marketOk === undefined)
      markets.set(market, (marketOk = typeof market === 'string' && market.includes('-')));
    if (!marketOk) failed++;
    if (!exchanges.has(s.exchange)) failed++;
    const named = s.indicators;
    if (Array.isArray(named)) for (const ref of named) if (!indicators.has(ref)) failed++;
    if (!timeframes.has(s.timeframe)) failed++;
    const stop = s.stop_loss_pct;
    if (typeof stop !== 'number' || !(stop > 0 && stop < 100)) failed++;
    if (s.enabled === false) failed++;
    if (risk)
      drafts.push(
        new StandInDraft(
          'stand-in',
          `Strategy "${String(s.name)}" is sized risk_based (the guide uses ${String(stop)} %).`,
          ['strategies', i, 'stop_loss_pct'],
        ),
      );
  }
  seen.release();
  return failed + drafts.length;
}

/**
 * JSON.parse and the repeated-key proof's colon count, as parseText does them, then the schema
 * walk and `steps` slice by slice (see the header). Returns all it made, the steps' results too.
 */
export function sliceBySlice(
  text: string,
  size: number,
  steps: (config: unknown, issues: readonly SchemaIssue[]) => unknown,
): unknown[] {
  const root = JSON.parse(text) as Entry;
  // Kept to the end, as an analysis keeps its models and drafts: garbage would be cheaper.
  const made: unknown[] = [root, countColons(text)];
  const all = (Array.isArray(root.strategies) ? root.strategies : []) as unknown[];
  for (let from = 0; from < all.length; from += size) {
    const slice = { ...root, strategies: all.slice(from, from + size) };
    const walked = validateAndMeasure(slice, true, true);
    made.push(walked, steps(slice, walked.issues));
  }
  return made;
}

/** Counts every member of every object in the value, with nothing checked (see the header). */
export function keysCounted(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) count += keysCounted(value[i]);
    return count;
  }
  const record = value as Entry;
  for (const key in record) count += 1 + keysCounted(record[key]);
  return count;
}
