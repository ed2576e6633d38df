import type { JsonRecord } from '../json-access.ts';
import { asRecord, finite, has, own } from '../json-access.ts';
import { TrialMap } from '../sharing-trial.ts';
import type { ResolvedBlock } from './block-cache.ts';
import { BlockCache } from './block-cache.ts';
import type { EffectiveSizing, Source } from './inheritance.ts';
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
  const resolver = new StrategyResolver(globalLayer(config));
  const out = new Array<ResolvedStrategy>(list.length);
  for (let index = 0; index < list.length; index++)
    out[index] = resolver.resolve(index, asRecord(list[index]));
  return out;
}

/**
 * What the strategies of one file share: blocks written alike are read once, and stops are few
 * and never changed, so strategies with the same one share its object.
 */
class StrategyResolver {
  private readonly blocks: BlockCache;
  /**
   * Each block reading's stop when the strategy writes no stop_loss_pct of its own. Not a
   * WeakMap: it lives for one call, and a weak table's entries cost every collection meanwhile.
   */
  private readonly inheritedStops = new TrialMap<EffectiveSizing, StopDistance>();
  /** Stops by the stop_loss_pct the strategy writes. */
  private readonly writtenStops = new Map<unknown, StopDistance>();

  constructor(global: SizingLayer) {
    this.blocks = new BlockCache(global);
  }

  resolve(index: number, raw: JsonRecord | undefined): ResolvedStrategy {
    // A key Object.prototype lacks: a JSON object's property read is its own property.
    const block = this.blocks.of(asRecord(raw?.position_sizing));
    return new StrategyRow(index, raw, block, this.stop(raw, block.sizing));
  }

  private stop(raw: JsonRecord | undefined, sizing: EffectiveSizing): StopDistance {
    const written = raw?.stop_loss_pct;
    if (written === undefined && !has(raw, 'stop_loss_pct')) {
      return (
        this.inheritedStops.get(sizing) ??
        this.inheritedStops.set(sizing, stopDistance(raw, sizing))
      );
    }
    // An object or list is no key of its own; it is invalid anyway, and rare.
    if (written !== null && typeof written === 'object') return stopDistance(raw, sizing);
    let stop = this.writtenStops.get(written);
    if (stop === undefined) this.writtenStops.set(written, (stop = stopDistance(raw, sizing)));
    return stop;
  }
}

/**
 * A class, not an object literal: V8 allocates the objects of a literal whose objects survive
 * straight into the old generation (allocation-site pretenuring), and each row holds its parsed
 * strategy, so every replaced analysis of a large file kept its whole parsed text alive until a
 * full collection. V8 tracks the allocation sites of literals only, not of a class's instances.
 *
 * A row holds four fields and reads the rest from them when asked: a 50 MB file has 150,000
 * rows, all alive as long as its analysis, and every field they carry is copied by each
 * scavenge that finds them young. The name, market and enabled flag are a test or two on the
 * strategy's own values; the layer and sizing are its block's, which strategies written alike
 * share. So read a row's fields by name: a spread, `structuredClone` or `JSON.stringify` of a row
 * holds its four fields only (no caller makes one; the worker sends the config, not rows).
 */
class StrategyRow implements ResolvedStrategy {
  constructor(
    readonly index: number,
    readonly raw: JsonRecord | undefined,
    private readonly block: ResolvedBlock,
    readonly stop: StopDistance,
  ) {}

  get name(): string {
    const name = this.raw?.name;
    return typeof name === 'string' && name !== '' ? name : `strategies[${this.index}]`;
  }

  get market(): string | undefined {
    const market = this.raw?.market;
    return typeof market === 'string' && market !== '' ? market : undefined;
  }

  get enabled(): boolean {
    return this.raw?.enabled !== false;
  }

  get layer(): SizingLayer {
    return this.block.layer;
  }

  get sizing(): EffectiveSizing {
    return this.block.sizing;
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
