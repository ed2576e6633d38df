import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { checkConfig } from '../../../shared/diagnostics/check-config.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { firstIndicesOfNames } from '../../../shared/engine/name-set.ts';
import { resolveStrategies } from '../../../shared/resolve/resolve-strategies.ts';
import { duplicateStrategies } from '../diagnostics/reference/reference-checks.ts';
import { engineConfig, strategy } from './engine-config.ts';

/** Plain first indices: a Map over the entries that are objects with a non-empty text name. */
function referenceFirsts(entries: readonly unknown[]): number[] {
  const seen = new Map<string, number>();
  return entries.map((entry, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return -1;
    const name: unknown = Object.hasOwn(entry, 'name') ? (entry as { name: unknown }).name : '';
    if (typeof name !== 'string' || name === '') return -1;
    const first = seen.get(name) ?? i;
    seen.set(name, first);
    return first;
  });
}

// Names a hand-made table or a plain object could confuse: keys of Object.prototype, index-like
// text, text Python's set would equal to a number, and values that are no text at all.
const name: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>('a', 'b', '', '__proto__', 'constructor', 'toString', '0', '12', '1.0'),
  fc.constantFrom<unknown>(1, 1.0, true, false, 0, -0, null, Infinity, -Infinity, [], {}, ['a']),
  fc.string({ maxLength: 3 }),
  fc.nat(20).map((n) => `strategy_${n}`),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);

/** JSON text of a name; an infinite number as text too large for a double (1e999). */
function written(n: unknown): string {
  if (n === Infinity || n === -Infinity) return n > 0 ? '1e999' : '-1e999';
  return JSON.stringify(n) ?? 'null';
}

/** A strategies entry: mostly a strategy (sometimes without a name), now and then no object. */
const entry: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: name.map((n) => strategy('x', { name: n })) },
  { weight: 1, arbitrary: fc.constant(strategy('x', { name: undefined })) },
  {
    weight: 1,
    // Parsed text, where "__proto__" is a key of its own and the name may sit beside it.
    arbitrary: name.map((n): unknown =>
      JSON.parse(`{"__proto__": {"name": "inherited"}, "name": ${written(n)}}`),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 3, 'eth', [], [{ name: 'a' }]) },
);

/** A config of those entries, as text would hold it (undefined names are left out). */
const configArb = fc
  .array(entry, { maxLength: 30 })
  .map((entries) => JSON.parse(JSON.stringify(engineConfig({}, entries as never))) as object);

describe('engine/name-set: the one table of names an analysis shares', () => {
  it('gives each entry the first index of its name, as a plain Map does (property)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const plain = JSON.parse(JSON.stringify(entries)) as unknown[];
        expect([...firstIndicesOfNames(plain)]).toEqual(referenceFirsts(plain));
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing the engine model or the checks find when it is handed over (property)', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const entries = (config as { strategies: unknown[] }).strategies;
        const names = firstIndicesOfNames(entries);
        const strategies = resolveStrategies(config);
        const engine = resolveEngine(config);
        expect(resolveEngine(config, { names })).toEqual(engine);
        const shared = checkConfig(config, strategies, engine, undefined, names);
        expect(shared).toEqual(checkConfig(config, strategies, engine));
        expect(shared.filter((d) => d.code === 'duplicate-strategy')).toEqual(
          duplicateStrategies(strategies),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("reports the guide's and the engine's repeats of a 5,000-strategy file once each", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `strategy_${i % 4990}`);
    const text = JSON.stringify(
      engineConfig(
        {},
        names.map((n) => strategy(n)),
      ),
    );
    const { diagnostics, engine } = analyzeText(text);
    const repeats = Array.from({ length: 10 }, (_, i) => 4990 + i);
    const guide = diagnostics.filter((d) => d.code === 'duplicate-strategy');
    expect(guide.map((d) => d.path[1])).toEqual(repeats);
    expect(guide[0]?.message).toContain('strategies[0]');
    const named = engine?.startCauses.filter((c) => c.message.includes('two strategies are named'));
    expect(named?.map((c) => c.path[1])).toEqual(repeats);
  });

  it('remakes a table handed over for another list instead of reading every name as a repeat', () => {
    const config = engineConfig({}, [strategy('a'), strategy('b')]);
    const other = firstIndicesOfNames([{ name: 'x' }]);
    const engine = resolveEngine(config, { names: other });
    expect(engine.startCauses).toEqual(resolveEngine(config).startCauses);
    expect(engine.starts).toBe(true);
    const strategies = resolveStrategies(config);
    const found = checkConfig(config, strategies, engine, undefined, other);
    expect(found.filter((d) => d.code === 'duplicate-strategy')).toEqual([]);
  });
});
