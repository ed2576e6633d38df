import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startCauses } from '../../../shared/engine/engine-start.ts';
import { engineConfig, strategy } from './engine-config.ts';

/** Plain `load_strategies`: the indices whose name an earlier strategy has, as Python's set sees. */
function referenceDuplicates(names: readonly unknown[]): number[] {
  const seen: unknown[] = [];
  const key = (n: unknown): unknown => (typeof n === 'boolean' ? Number(n) : n);
  const out: number[] = [];
  names.forEach((name, i) => {
    if (name !== null && typeof name === 'object') return;
    const k = key(name === undefined ? '' : name);
    if (seen.some((s) => s === k)) out.push(i);
    else seen.push(k);
  });
  return out;
}

function namedConfig(names: readonly unknown[]): Record<string, unknown> {
  return engineConfig(
    {},
    names.map((name) => {
      const s = strategy('x');
      if (name === undefined) delete s.name;
      else s.name = name;
      return s;
    }),
  );
}

/** The strategies a name cause is reported for, in order. */
function duplicateIndices(names: readonly unknown[]): number[] {
  return startCauses(namedConfig(names))
    .filter((c) => /named|same name/.test(c.message))
    .map((c) => c.path[1] as number);
}

// Names whose hashes or values a hand-made table could confuse: equal text, text that looks like
// a number, 1 and true, 0 and -0, long text and text that differs in one unit only.
const name: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>('a', 'b', 'A', '', '1', '1.0', 'é', 'e\u0301', 'strategy_10'),
  fc.constantFrom<unknown>(1, 1.0, 0, -0, true, false, null, undefined, 2.5),
  fc.string({ maxLength: 3 }),
  fc.nat(30).map((n) => `strategy_${n}`),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);

describe('engine-start: duplicate strategy names (load_strategies)', () => {
  it('reports exactly the strategies whose name an earlier strategy has, as a Python set', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        expect(duplicateIndices(names)).toEqual(referenceDuplicates(names));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the one repeated name among 5,000 different ones, and no other', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `strategy_${i}`);
    names.push('strategy_4321', 'strategy_5000');
    expect(duplicateIndices(names)).toEqual([5000]);
  });

  it('reports every repeat when all strategies share one name', () => {
    expect(duplicateIndices(Array.from({ length: 300 }, () => 'same'))).toHaveLength(299);
  });
});

const ROOT_NUMBERS = [
  ['main_leverage', 0],
  ['hedge_leverage', -1],
  ['hedge_ratio', 1.5],
  ['stop_loss_pct', 0],
  ['take_profit_pct', -2],
  ['max_position_size', 0],
  ['max_position_size_usd', -5],
  ['risk_per_trade_pct', 2],
] as const;

describe('engine-start: the strategy-root numbers StrategyConfig checks', () => {
  it.each(ROOT_NUMBERS)('refuses %s = %o at that key, and text at that key too', (key, bad) => {
    for (const value of [bad, 'many']) {
      const causes = startCauses(engineConfig({}, [strategy('s', { [key]: value })]));
      expect(causes.map((c) => c.path)).toEqual([['strategies', 0, key]]);
      expect(causes[0]?.message).toContain(`${key} (${JSON.stringify(value)})`);
    }
  });

  it('refuses every bad root number of one strategy, in the engine order', () => {
    const s = strategy('s', Object.fromEntries([...ROOT_NUMBERS].reverse()));
    const causes = startCauses(engineConfig({}, [s]));
    expect(causes.map((c) => c.path[2])).toEqual(ROOT_NUMBERS.map(([key]) => key));
  });
});
