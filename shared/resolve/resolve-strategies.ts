import type { JsonRecord } from '../json-access.ts';
import { asRecord, finite, has, own } from '../json-access.ts';
import type { EffectiveSizing, Source } from './inheritance.ts';
import { inherit } from './inheritance.ts';
import type { SizingLayer } from './sizing-layer.ts';
import { readSizingLayer } from './sizing-layer.ts';

/** Stop distance as a fraction and where it came from (SPEC §3). */
export interface StopDistance {
  /** undefined when the value set is not a usable number (a diagnostic says why). */
  readonly fraction: number | undefined;
  readonly source: Source;
  /** Which key supplied it, for messages and jumps. */
  readonly key: 'stop_loss_pct' | 'default_stop_loss_pct' | null;
}

/** Everything about one strategy that sizing and the UI need. */
export interface ResolvedStrategy {
  readonly index: number;
  /** The strategy's name, or `strategies[i]` when it has none. */
  readonly name: string;
  readonly market: string | undefined;
  readonly enabled: boolean;
  readonly raw: JsonRecord | undefined;
  readonly layer: SizingLayer;
  readonly sizing: EffectiveSizing;
  readonly stop: StopDistance;
}

/** The config's global sizing layer. */
export function globalLayer(config: unknown): SizingLayer {
  return readSizingLayer(asRecord(own(asRecord(config), 'position_sizing')));
}

/** Resolves every strategy's effective sizing against the global block. */
export function resolveStrategies(config: unknown): ResolvedStrategy[] {
  const list = own(asRecord(config), 'strategies');
  if (!Array.isArray(list)) return [];
  const global = globalLayer(config);
  const stops = new StopCache();
  const out = new Array<ResolvedStrategy>(list.length);
  for (let index = 0; index < list.length; index++) {
    const raw = asRecord(list[index]);
    // Keys Object.prototype lacks: a JSON object's property read is its own property.
    const layer = readSizingLayer(asRecord(raw?.position_sizing));
    // Strategies without overrides share one resolution object: 100,000 strategies stay fast.
    const sizing = inherit(global, layer);
    const name = raw?.name;
    const market = raw?.market;
    out[index] = {
      index,
      name: typeof name === 'string' && name !== '' ? name : `strategies[${index}]`,
      market: typeof market === 'string' && market !== '' ? market : undefined,
      enabled: raw?.enabled !== false,
      raw,
      layer,
      sizing,
      stop: stops.of(raw, sizing),
    };
  }
  return out;
}

/** Stops are few and never changed: strategies with the same one share its object. */
class StopCache {
  /** By the value that decides the stop, per source; the strategy's own stop_loss_pct first. */
  private readonly maps = new Map<string, Map<unknown, StopDistance>>();

  of(raw: JsonRecord | undefined, sizing: EffectiveSizing): StopDistance {
    const written = has(raw, 'stop_loss_pct');
    const source = written ? 'stop_loss_pct' : sizing.sources.default_stop_loss_pct;
    if (source === undefined) return DEFAULT_STOP;
    const value = written ? own(raw, 'stop_loss_pct') : sizing.values.default_stop_loss_pct;
    // An object or list is no key of its own; it is invalid anyway, and rare.
    if (value !== null && typeof value === 'object') return stopDistance(raw, sizing);
    let byValue = this.maps.get(source);
    if (byValue === undefined) this.maps.set(source, (byValue = new Map<unknown, StopDistance>()));
    let stop = byValue.get(value);
    if (stop === undefined) byValue.set(value, (stop = stopDistance(raw, sizing)));
    return stop;
  }
}

const DEFAULT_STOP: StopDistance = { fraction: 0.05, source: 'default', key: null };

/** SPEC §3: the strategy's stop_loss_pct (percent), else default_stop_loss_pct, else 5 %. */
export function stopDistance(raw: JsonRecord | undefined, sizing: EffectiveSizing): StopDistance {
  if (has(raw, 'stop_loss_pct')) {
    const pct = finite(own(raw, 'stop_loss_pct'));
    return {
      fraction: pct !== undefined && pct > 0 && pct < 100 ? pct / 100 : undefined,
      source: 'strategy',
      key: 'stop_loss_pct',
    };
  }
  const source = sizing.sources.default_stop_loss_pct;
  if (source !== undefined) {
    const d = finite(sizing.values.default_stop_loss_pct);
    return {
      fraction: d !== undefined && d > 0 && d < 1 ? d : undefined,
      source,
      key: 'default_stop_loss_pct',
    };
  }
  return DEFAULT_STOP;
}
