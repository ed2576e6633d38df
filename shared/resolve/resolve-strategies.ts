import type { JsonRecord } from '../json-access.ts';
import { asRecord, finite, has, own, strategiesOf } from '../json-access.ts';
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
  const global = globalLayer(config);
  return strategiesOf(config).map((raw, index) => {
    const block = asRecord(own(raw, 'position_sizing'));
    const layer = readSizingLayer(block);
    // Strategies without overrides share one resolution object: 100,000 strategies stay fast.
    const sizing = inherit(global, layer);
    const name = own(raw, 'name');
    const market = own(raw, 'market');
    return {
      index,
      name: typeof name === 'string' && name !== '' ? name : `strategies[${index}]`,
      market: typeof market === 'string' && market !== '' ? market : undefined,
      enabled: own(raw, 'enabled') !== false,
      raw,
      layer,
      sizing,
      stop: stopDistance(raw, sizing),
    };
  });
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
