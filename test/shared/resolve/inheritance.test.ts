import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { inherit } from '../../../shared/resolve/inheritance.ts';
import { readSizingLayer } from '../../../shared/resolve/sizing-layer.ts';
import type { CanonicalKey } from '../../../shared/sizing-keys.ts';
import { CANONICAL_KEYS, SIZING_KEYS } from '../../../shared/sizing-keys.ts';

const layer = (block: Record<string, unknown>) => readSizingLayer(block);

describe('resolve/inheritance', () => {
  describe('inherit()', () => {
    it('inherits missing parameters from global', () => {
      const effective = inherit(
        layer({ method: 'fixed_usd', fixed_amount_usd: 1000, max_position_size_usd: 5000 }),
        layer({ method: 'risk_based' }),
      );
      expect(effective.values).toEqual({
        method: 'risk_based',
        fixed_amount_usd: 1000,
        max_position_size_usd: 5000,
        kelly_max_position_pct: 0.25,
      });
      expect(effective.sources).toEqual({
        method: 'strategy',
        fixed_amount_usd: 'global',
        max_position_size_usd: 'global',
        kelly_max_position_pct: 'default',
      });
      expect(effective.method).toBe('risk_based');
    });

    it('lets the strategy override a global value', () => {
      const effective = inherit(
        layer({ max_position_size_usd: 5000 }),
        layer({ max_position_size_usd: 15_000 }),
      );
      expect(effective.values.max_position_size_usd).toBe(15_000);
      expect(effective.sources.max_position_size_usd).toBe('strategy');
    });

    it('falls back to the built-in defaults: fixed_usd and a 0.25 Kelly cap', () => {
      const effective = inherit(layer({}), layer({}));
      expect(effective.values).toEqual({ method: 'fixed_usd', kelly_max_position_pct: 0.25 });
      expect(effective.sources).toEqual({ method: 'default', kelly_max_position_pct: 'default' });
      expect(effective.method).toBe('fixed_usd');
    });

    it('lets an explicit value replace a default, at either layer', () => {
      expect(inherit(layer({ kelly_max_position_pct: 0.1 }), layer({})).values).toMatchObject({
        kelly_max_position_pct: 0.1,
      });
      expect(inherit(layer({}), layer({ method: 'kelly' })).sources.method).toBe('strategy');
    });

    it('resolves engine spellings to canonical keys', () => {
      const effective = inherit(
        layer({ position_sizing_method: 'equity_percentage', fixed_usd_amount: 100 }),
        layer({ equity_percentage: 0.05 }),
      );
      expect(effective.values).toMatchObject({
        method: 'equity_percentage',
        fixed_amount_usd: 100,
        percent_equity: 0.05,
      });
      expect(effective.sources).toMatchObject({
        method: 'global',
        fixed_amount_usd: 'global',
        percent_equity: 'strategy',
      });
      expect(effective.method).toBe('percent_equity');
    });

    it('resolves the method alias kelly to kelly_criterion', () => {
      expect(inherit(layer({ method: 'kelly' }), layer({})).method).toBe('kelly_criterion');
    });

    it('takes a strategy value even when it is invalid (validation reports it)', () => {
      const effective = inherit(
        layer({ fixed_amount_usd: 100 }),
        layer({ fixed_amount_usd: null }),
      );
      expect(effective.values.fixed_amount_usd).toBeNull();
      expect(effective.sources.fixed_amount_usd).toBe('strategy');
    });

    it('has no method for an unknown method name', () => {
      const effective = inherit(layer({ method: 'martingale' }), layer({}));
      expect(effective.method).toBeUndefined();
      expect(effective.values.method).toBe('martingale');
    });

    it('ignores keys that are not sizing keys', () => {
      const global = JSON.parse('{"note": "x", "__proto__": {"method": "kelly"}}') as object;
      const effective = inherit(layer(global as Record<string, unknown>), layer({ foo: 1 }));
      expect(Object.keys(effective.values).sort()).toEqual(['kelly_max_position_pct', 'method']);
    });

    it('is {...global, ...strategy} on canonical keys, for any blocks in any spelling (property)', () => {
      fc.assert(fc.property(spelledBlock(), fc.option(spelledBlock()), checkInheritanceLaw), {
        numRuns: 300,
      });
    });
  });
});

type Spelled = {
  block: Record<string, unknown>;
  canonical: Partial<Record<CanonicalKey, unknown>>;
};

const anyValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.constantFrom('fixed_usd', 'risk_based', 'kelly', 'equity_percentage', 'x'),
  fc.boolean(),
  fc.constant(null),
);

/**
 * A position_sizing block: each canonical key absent, or written canonically, in its engine
 * spelling, or in both (same or different values: the canonical spelling wins), in random key
 * order among unknown keys. `canonical` is what the block means.
 */
function spelledBlock(): fc.Arbitrary<Spelled> {
  const entryFor = (key: CanonicalKey) => {
    const alias = SIZING_KEYS[key].alias;
    const choices =
      alias === undefined ? ['none', 'canonical'] : ['none', 'canonical', 'alias', 'both'];
    return fc
      .record({
        how: fc.constantFrom(...choices),
        value: anyValue,
        aliasValue: anyValue,
      })
      .map(({ how, value, aliasValue }) => {
        const entries: [string, unknown][] = [];
        if (how === 'canonical' || how === 'both') entries.push([key, value]);
        if (how === 'alias') entries.push([alias!, value]);
        if (how === 'both') entries.push([alias!, aliasValue]);
        return { key, entries, set: how !== 'none', value };
      });
  };
  return fc
    .tuple(
      fc.tuple(...CANONICAL_KEYS.map(entryFor)),
      fc.dictionary(fc.constantFrom('note', 'x_extra', 'leverage_note'), anyValue),
    )
    .chain(([perKey, unknown]) => {
      const all = [...perKey.flatMap((k) => k.entries), ...Object.entries(unknown)];
      return fc.shuffledSubarray(all, { minLength: all.length }).map((shuffled) => {
        const canonical: Spelled['canonical'] = {};
        for (const k of perKey) if (k.set) canonical[k.key] = k.value;
        return { block: Object.fromEntries(shuffled), canonical };
      });
    });
}

function checkInheritanceLaw(global: Spelled, strategy: Spelled | null): void {
  const config = {
    position_sizing: global.block,
    strategies: [
      strategy === null ? { name: 's' } : { name: 's', position_sizing: strategy.block },
    ],
  };
  const [resolved] = analyzeText(JSON.stringify(config)).strategies;
  const defaults = { method: 'fixed_usd', kelly_max_position_pct: 0.25 };
  const own = strategy?.canonical ?? {};
  expect(resolved?.sizing.values).toEqual({ ...defaults, ...global.canonical, ...own });
  const sources: Record<string, string> = {};
  for (const key of Object.keys(defaults)) sources[key] = 'default';
  for (const key of Object.keys(global.canonical)) sources[key] = 'global';
  for (const key of Object.keys(own)) sources[key] = 'strategy';
  expect(resolved?.sizing.sources).toEqual(sources);
}
