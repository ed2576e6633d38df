import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globalLayer, resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { inherit } from '../../../shared/resolve/inheritance.ts';
import { readSizingLayer } from '../../../shared/resolve/sizing-layer.ts';
import { SIZING_SPELLINGS } from '../sizing-spellings.ts';

type Dict = Record<string, unknown>;

// Values a result shared between blocks could confuse: 0 and -0, 1 and true and "1", {} and [].
const value = fc.constantFrom<unknown>(
  0,
  -0,
  1,
  true,
  '1',
  0.05,
  2,
  500,
  null,
  {},
  [],
  'risk_based',
);
const entry = fc.tuple(fc.constantFrom(...SIZING_SPELLINGS, 'note', 'comment'), value);
/** The value a shared result could take for this one: equal in a Map, or under `==`. */
function twinOf(v: unknown): unknown {
  if (v === 0) return Object.is(v, -0) ? 0 : -0;
  if (v === 1) return true;
  if (v === true) return '1';
  return v;
}

/** A few blocks, each beside its twin: strategies that share a block's written form are the point. */
const blocks = fc
  .array(
    fc.array(entry, { maxLength: 5 }).map((e): Dict => Object.fromEntries(e)),
    { minLength: 1, maxLength: 3 },
  )
  .map((pool) =>
    pool.flatMap((b): Dict[] => [
      b,
      Object.fromEntries(Object.entries(b).map(([k, v]) => [k, twinOf(v)])),
    ]),
  );

const config = fc
  .record({
    global: fc.option(fc.array(entry, { maxLength: 4 }), { nil: undefined }),
    pool: blocks,
    picks: fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom(undefined, 3, -0, '3')), {
      minLength: 1,
      maxLength: 10,
    }),
  })
  .map(({ global, pool, picks }) => ({
    ...(global === undefined ? {} : { position_sizing: Object.fromEntries(global) }),
    strategies: picks.map(([at, block, stop], i) => {
      const s: Dict = { name: `s${i}` };
      // A fresh copy for each strategy, as JSON.parse gives: no two strategies share an object.
      if (block) s.position_sizing = { ...pool[at % pool.length] };
      if (stop !== undefined) s.stop_loss_pct = stop;
      return s;
    }),
  }));

describe('resolve/block-cache: strategies with blocks written alike share one reading', () => {
  it('gives every strategy the layer and sizing its own block gives when read alone', () => {
    fc.assert(
      fc.property(config, (c) => {
        const global = globalLayer(c);
        resolveStrategies(c).forEach((s) => {
          const alone = readSizingLayer(s.raw?.position_sizing as Dict | undefined);
          expect(Object.entries(s.layer.values)).toEqual(Object.entries(alone.values));
          expect(s.layer.spelled).toEqual(alone.spelled);
          expect(s.layer.conflicts).toEqual(alone.conflicts);
          expect(s.layer.size).toBe(alone.size);
          const sizing = inherit(global, alone);
          expect(Object.entries(s.sizing.values)).toEqual(Object.entries(sizing.values));
          expect(s.sizing.sources).toEqual(sizing.sources);
          expect(s.sizing.method).toBe(sizing.method);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('near miss: a block that also holds a note reads like one without, but only its sizing keys', () => {
    const c = {
      strategies: [
        { name: 'a', position_sizing: { method: 'fixed_usd', fixed_amount_usd: 100 } },
        { name: 'b', position_sizing: { method: 'fixed_usd', fixed_amount_usd: 100, note: 'x' } },
      ],
    };
    const [a, b] = resolveStrategies(c);
    expect(b?.layer.values).toEqual({ method: 'fixed_usd', fixed_amount_usd: 100 });
    expect(b?.sizing.values).toEqual(a?.sizing.values);
  });

  it('near miss: -0 and 0 are different values, so their blocks are not read as one', () => {
    const c = {
      strategies: [
        { name: 'a', position_sizing: { fixed_units: 0 } },
        { name: 'b', position_sizing: { fixed_units: -0 } },
      ],
    };
    const [a, b] = resolveStrategies(c);
    expect(Object.is(a?.sizing.values.fixed_units, 0)).toBe(true);
    expect(Object.is(b?.sizing.values.fixed_units, -0)).toBe(true);
  });

  it('shares one sizing between spellings of one block in each file, whatever files came before', () => {
    // Six hundred blocks that all differ, with no global block: enough to end a sharing trial.
    const varied = {
      strategies: Array.from({ length: 600 }, (_, i) => ({
        name: `s${i}`,
        position_sizing: { fixed_usd_amount: 100 + i },
      })),
    };
    const spelledTwice = {
      strategies: [
        { name: 'a', position_sizing: { fixed_usd_amount: 5 } },
        { name: 'b', position_sizing: { fixed_amount_usd: 5 } },
      ],
    };
    resolveStrategies(varied);
    const [a, b] = resolveStrategies(spelledTwice);
    expect(a?.layer).not.toBe(b?.layer);
    expect(a?.sizing).toBe(b?.sizing);
  });
});
