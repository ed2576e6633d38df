import type { JsonRecord } from '../json-access.ts';
import { asRecord, finite, has, own } from '../json-access.ts';
import { TrialMap } from '../sharing-trial.ts';
import type { ResolvedBlock } from './block-cache.ts';
import { BlockCache, readingOf } from './block-cache.ts';
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
  return resolveCompactly(config).rows();
}

/**
 * {@link resolveStrategies} without a row per strategy: the way each one's block is written, a
 * number (see BlockCache.of), its stop found when it is read. Why: the checks read each
 * strategy once and keep nothing of it, and a worker's analysis or `spark-config check` never
 * reads a row; a 50 MB file's 150,000 rows were made only for every collection to copy them.
 */
export function resolveCompactly(config: unknown): StrategyResolution {
  const list = own(asRecord(config), 'strategies');
  const entries = Array.isArray(list) ? list : [];
  const blocks = new BlockCache(globalLayer(config));
  const ways = new Int32Array(entries.length);
  // A key Object.prototype lacks: a JSON object's property read is its own property.
  for (let index = 0; index < entries.length; index++)
    ways[index] = blocks.of(asRecord(asRecord(entries[index])?.position_sizing));
  // The readings only: the cache's lookup structure is left for the collector.
  return new StrategyResolution(entries, blocks.readings, ways);
}

/** The strategies of one file as {@link resolveCompactly} read them. */
export class StrategyResolution {
  private readonly stops = new StopCache();

  constructor(
    /** The config's `strategies` list, as parsed. */
    readonly entries: readonly unknown[],
    private readonly readings: readonly ResolvedBlock[],
    /**
     * The way each strategy's block is written (see BlockCache.of): handed to the engine model
     * (EngineInputs.blockIds), it reads each way once for both models.
     */
    readonly blockIds: Int32Array,
  ) {}

  get length(): number {
    return this.blockIds.length;
  }

  /** A row per strategy, made now. */
  rows(): ResolvedStrategy[] {
    const out = new Array<ResolvedStrategy>(this.blockIds.length);
    for (let index = 0; index < out.length; index++) out[index] = this.move(index, undefined);
    return out;
  }

  /**
   * Reads strategy `index` through one cursor, moved to each index asked for: a pass over all
   * strategies makes no row. Only for a pass that keeps no row it was handed (the checks copy
   * the index and the name into what they report).
   */
  reader(): (index: number) => ResolvedStrategy {
    let cursor: StrategyRow | undefined;
    return (index) => (cursor = this.move(index, cursor));
  }

  private move(index: number, cursor: StrategyRow | undefined): StrategyRow {
    const raw = asRecord(this.entries[index]);
    const block = readingOf(this.readings, this.blockIds[index] as number);
    const stop = this.stops.of(raw, block.sizing);
    if (cursor === undefined) return new StrategyRow(index, raw, block, stop);
    cursor.index = index;
    cursor.raw = raw;
    cursor.block = block;
    cursor.stop = stop;
    return cursor;
  }
}

/** Stops are never changed: strategies with the same one share its object, while sharing pays. */
class StopCache {
  /**
   * Each block reading's stop when the strategy writes no stop_loss_pct of its own. Not a
   * WeakMap: a weak table's entries cost every collection while it lives.
   */
  private readonly inherited = new TrialMap<EffectiveSizing, StopDistance>();
  /**
   * Stops by the stop_loss_pct the strategy writes; a trial too, as it lives with the analysis:
   * in a file whose every stop differs, an entry per strategy shares nothing.
   */
  private readonly written = new TrialMap<unknown, StopDistance>();

  of(raw: JsonRecord | undefined, sizing: EffectiveSizing): StopDistance {
    const written = raw?.stop_loss_pct;
    if (written === undefined && !has(raw, 'stop_loss_pct')) {
      return this.inherited.get(sizing) ?? this.inherited.set(sizing, stopDistance(raw, sizing));
    }
    // An object or list is no key of its own; it is invalid anyway, and rare.
    if (written !== null && typeof written === 'object') return stopDistance(raw, sizing);
    return this.written.get(written) ?? this.written.set(written, stopDistance(raw, sizing));
  }
}

/**
 * A class, not an object literal: V8 allocates the objects of a literal whose objects survive
 * straight into the old generation (allocation-site pretenuring), and each row holds its parsed
 * strategy, so every replaced analysis of a large file kept its whole parsed text alive until a
 * full collection. V8 tracks the allocation sites of literals only, not of a class's instances.
 *
 * A row holds four fields and reads the rest from them when asked: once a view reads a 50 MB
 * file's rows, its 150,000 rows live as long as its analysis, and every field they carry is
 * copied by each scavenge that finds them young. The name, market and enabled flag are a test
 * or two on the strategy's own values; the layer and sizing are its block's, which strategies
 * written alike share. So read a row's fields by name: a spread, `structuredClone` or
 * `JSON.stringify` of a row holds its four fields only (no caller makes one; the worker sends
 * the config, not rows).
 */
class StrategyRow implements ResolvedStrategy {
  // Not readonly: StrategyResolution.reader moves a pass's one cursor from strategy to strategy.
  constructor(
    public index: number,
    public raw: JsonRecord | undefined,
    public block: ResolvedBlock,
    public stop: StopDistance,
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
