import type { JsonRecord } from '../json-access.ts';
import { ValueTrie } from '../value-trie.ts';
import type { EffectiveSizing, InheritScope } from './inheritance.ts';
import { inherit, inheritScope } from './inheritance.ts';
import type { SizingLayer } from './sizing-layer.ts';
import { SPELLING_CODE, readSizingLayer } from './sizing-layer.ts';

/** A strategy's position_sizing block as read, and the effective sizing it gives. */
export interface ResolvedBlock {
  readonly layer: SizingLayer;
  readonly sizing: EffectiveSizing;
}

/**
 * The blocks of one file's strategies, read once per way of writing them: blocks with the same
 * sizing keys, spelled alike, in the same order, holding the same values, share one layer and
 * one effective sizing, found by a single walk over the block's keys. (A shared layer's `values`
 * may be another strategy's block with exactly these keys and values.)
 *
 * A strategy is given its reading's number, a "way" (see {@link of}): a list of numbers per file,
 * not of readings, holds no reference for a collection to trace.
 */
export class BlockCache {
  private readonly shared = new ValueTrie<number>();
  /** Every reading made, by number; the first is what a strategy without a block gets. */
  readonly readings: ResolvedBlock[] = [];
  /** Inheritance's shared part, this file's own (see inheritScope). */
  private readonly scope: InheritScope;

  constructor(private readonly global: SizingLayer) {
    this.scope = inheritScope(global);
    const layer = readSizingLayer(undefined);
    this.readings.push({ layer, sizing: inherit(global, layer, this.scope) });
  }

  /**
   * The way the block is written: its reading's number, which every block written the same way
   * shares. Blocks of one way hold the same sizing keys, spelled alike, in the same order, with
   * the same values: all the engine reads of a block (see mergedSizer), so it reads each way
   * once. Negative (-1 - the number) for a reading no other block shares (a value the walk
   * cannot look up, an object or -0, or a cache that stores no more: its node budget spent, or
   * sharing not paying), or one that blocks the engine tells apart share: no block at all, or a
   * block of no sizing key (`{}` is no block to the engine, `{"a": 1}` one).
   */
  of(block: JsonRecord | undefined): number {
    if (block === undefined) return NO_BLOCK;
    const walk = this.shared.start();
    // Other keys are not walked: a layer's values hold the sizing keys only, in file order.
    for (const spelling in block) {
      if (!Object.hasOwn(block, spelling)) continue;
      const code = SPELLING_CODE.get(spelling);
      if (code !== undefined) walk.step(code, block[spelling]);
    }
    const known = walk.get();
    if (known !== undefined) return known;
    const layer = readSizingLayer(block);
    const number = this.readings.length;
    this.readings.push({ layer, sizing: inherit(this.global, layer, this.scope) });
    return walk.set(walk.sharesBelowRoot ? number : -1 - number);
  }
}

/** The reading of a way BlockCache.of gave, among the cache's `readings`. */
export function readingOf(readings: readonly ResolvedBlock[], way: number): ResolvedBlock {
  return readings[way < 0 ? -1 - way : way] as ResolvedBlock;
}

/** The way of no block: the first reading, which the engine does not share by. */
const NO_BLOCK = -1;
