// What a differently shaped core could take at least, for `npm run profile phases`: figures to
// weigh a redesign against before building it, not implementations of anything.
// - `oneLoop`: one plain loop over a config's strategies that reads what the models and checks
//   must read of each (its name hashed into the real name table, its block's way found by the
//   real BlockCache, its market, exchange, indicators, timeframe, stop and flag looked up, a
//   warning made where the way's method is risk_based, as the generated config's
//   engine-fixed-stop warnings are).
// - `keysCounted`: every member of the parsed value enumerated and counted, nothing checked: what
//   the schema walk costs before it checks anything.
import { firstIndicesOfNames } from '../../shared/engine/name-set.ts';
import { BlockCache, readingOf } from '../../shared/resolve/block-cache.ts';
import { globalLayer } from '../../shared/resolve/resolve-strategies.ts';

type Entry = Readonly<Record<string, unknown>>;

class Warning {
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

/** Runs the loop once; the count it returns keeps the optimiser from dropping any read. */
export function oneLoop(config: unknown): number {
  const root = config as Entry;
  const entries = (Array.isArray(root.strategies) ? root.strategies : []) as unknown[];
  const blocks = new BlockCache(globalLayer(config));
  const firsts = firstIndicesOfNames(entries);
  const indicators = namesOf(root.indicators);
  const exchanges = namesOf(root.exchanges);
  const timeframes = new Set<unknown>(['1m', '5m', '15m', '1h', '4h', '1d']);
  const markets = new Map<unknown, boolean>();
  const riskBased: (boolean | undefined)[] = [];
  const warnings: Warning[] = [];
  let found = 0;
  for (let i = 0; i < entries.length; i++) {
    const s = entries[i] as Entry | null;
    if (s === null || typeof s !== 'object') continue;
    const way = blocks.of(s.position_sizing as Entry | undefined);
    const at = way < 0 ? -1 - way : way;
    let risk = riskBased[at];
    if (risk === undefined)
      risk = riskBased[at] = readingOf(blocks.readings, way).sizing.values.method === 'risk_based';
    const market = s.market;
    let marketOk = markets.get(market);
    if (marketOk === undefined)
      markets.set(market, (marketOk = typeof market === 'string' && market.includes('-')));
    if (!marketOk) found++;
    if (!exchanges.has(s.exchange)) found++;
    const named = s.indicators;
    if (Array.isArray(named)) for (const name of named) if (!indicators.has(name)) found++;
    if (!timeframes.has(s.timeframe)) found++;
    const stop = s.stop_loss_pct;
    if (typeof stop !== 'number' || !(stop > 0 && stop < 100)) found++;
    if (s.enabled === false) found++;
    if (firsts[i] !== i) found++;
    if (risk)
      warnings.push(
        new Warning(
          'engine-fixed-stop',
          `Strategy "${String(s.name)}" is sized risk_based: the engine sizes it with a 10 % stop, whatever stop_loss_pct says (the guide uses ${String(stop)} %).`,
          ['strategies', i, 'stop_loss_pct'],
        ),
      );
  }
  return found + warnings.length;
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
