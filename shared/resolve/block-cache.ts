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
  /**
   * The way of writing the block, numbered from 0 within one cache, when blocks written alike
   * share this reading and the block holds a sizing key; -1 otherwise. Blocks with one id hold
   * the same sizing keys, spelled alike, in the same order, with the same values: all the
   * engine reads of a block (see mergedSizer), so it reads each way once.
   */
  readonly id: number;
}

/**
 * The blocks of one file's strategies, read once per way of writing them: blocks with the same
 * sizing keys, spelled alike, in the same order, holding the same values, share one layer and
 * one effective sizing, found by a single walk over the block's keys. (A shared layer's `values`
 * may be another strategy's block with exactly these keys and values.)
 */
export class BlockCache {
  private readonly shared = new ValueTrie<ResolvedBlock>();
  /** What a strategy without a block gets. */
  readonly none: ResolvedBlock;
  /** Inheritance's shared part, this file's own (see inheritScope). */
  private readonly scope: InheritScope;
  private ids = 0;

  constructor(private readonly global: SizingLayer) {
    this.scope = inheritScope(global);
    const layer = readSizingLayer(undefined);
    this.none = { layer, sizing: inherit(global, layer, this.scope), id: -1 };
  }

  /** The block's reading, shared with every block written the same way. */
  of(block: JsonRecord | undefined): ResolvedBlock {
    if (block === undefined) return this.none;
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
    const id = walk.sharesBelowRoot ? this.ids++ : -1;
    return walk.set({ layer, sizing: inherit(this.global, layer, this.scope), id });
  }
}
