import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../shared/analyze.ts';
import { analyzeBytes, analyzeText } from '../../../shared/analyze.ts';
import type { ExportResult } from '../../../shared/export/export-config.ts';
import { exportConfig } from '../../../shared/export/export-config.ts';
import { exportedText } from '../../../shared/export/exported-text.ts';
import type { ResolvedStrategy } from '../../../shared/resolve/resolve-strategies.ts';
import { CANONICAL_KEYS, METHODS, SIZING_KEYS } from '../../../shared/sizing-keys.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';
import { hostilityArb, makeHostile } from '../hostile-jsonc.ts';
import type { Noise } from '../jsonc-noise.ts';
import { withNoise } from '../jsonc-noise.ts';
import { TIDY_GLOBAL, withOwnParameters } from './tidy-sizing.ts';

// exportConfig judges most exports from the source's analysis alone (a strict export keeps the
// value; an expansion of an error-free source adds no error). These properties hold that
// shortcut against the long way: analyse the exported text in full, as any file is checked.

/** What an export decides: the text written, or the errors (code and path) that refuse it. */
type Verdict = { ok: true; text: string } | { ok: false; errors: string[] };

const key = (d: { code: string; path: readonly (string | number)[] }): string =>
  `${d.code} ${JSON.stringify(d.path)}`;

function verdictOf(result: ExportResult): Verdict {
  return result.ok ? result : { ok: false, errors: result.errors.map(key).sort() };
}

function effective(strategies: readonly ResolvedStrategy[]): string {
  return JSON.stringify(strategies.map((s) => [s.name, s.sizing.values, s.stop.fraction]));
}

/** SPEC §6 the long way: read the exported text back and check it as any file is checked. */
function fullVerdict(analysis: Analysis, expand: boolean): Verdict {
  const own = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (analysis.config === undefined) return { ok: false, errors: own.map(key).sort() };
  const text = exportedText(analysis, expand);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, errors: [] };
  }
  const out = analyzeText(text);
  const errors = out.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { ok: false, errors: errors.map(key).sort() };
  const same = expand
    ? effective(out.strategies) === effective(analysis.strategies)
    : JSON.stringify(value) === JSON.stringify(analysis.config);
  return same ? { ok: true, text } : { ok: false, errors: [] };
}

const ENGINE_METHODS = ['equity_percentage', 'kelly', 'x', ''];

/** A sizing value: mostly valid for most keys, sometimes out of range or of the wrong type. */
const number = fc.constantFrom(0.05, 0.5, 0.9, 2, 100, 5000, 0, -1, '5', null);

/** A position_sizing block: any keys, in either spelling, with values good or bad. */
function blockArb(): fc.Arbitrary<Record<string, unknown>> {
  const spelled = CANONICAL_KEYS.flatMap((k) => {
    const alias = SIZING_KEYS[k].alias;
    return alias === undefined ? [k] : [k, alias];
  });
  const entry = fc
    .constantFrom(...spelled)
    .chain((k) =>
      fc.tuple(
        fc.constant(k),
        k === 'method' || k === 'position_sizing_method'
          ? fc.constantFrom<unknown>(...METHODS, ...ENGINE_METHODS)
          : number,
      ),
    );
  return fc.array(entry, { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs));
}

/**
 * A valid block in the engine's spellings (TIDY_GLOBAL for the global block), a strategy's setting
 * what the engine does not pass down for its method, so a source without errors is common.
 */
function tidyBlockArb(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      {
        method: fc.constantFrom(...METHODS),
        max_leverage: fc.constantFrom(1, 3),
        min_position_size_usd: fc.constantFrom(0, 20),
        x_unknown: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    )
    .map(withOwnParameters);
}

/** Text that a careless scanner could misread: quotes, slashes, line and space look-alikes. */
const TRICKY = fc.string({
  unit: fc.constantFrom('a', '"', '\\', '/', '*', ',', '}', '\u2028', '\u00a0', '\u000b', '€'),
  maxLength: 6,
});

/**
 * A config with strategies ready for the engine; a tidy one valid unless its sizing is not (its
 * names unique, its stops in range), a random one with errors of every kind.
 */
function configArb(isTidy: boolean): fc.Arbitrary<Record<string, unknown>> {
  const block = isTidy ? tidyBlockArb() : blockArb();
  const strategy = fc.record(
    {
      name: isTidy ? fc.constant(undefined) : fc.constantFrom('a', 'b', ''),
      enabled: fc.boolean(),
      stop_loss_pct: isTidy ? fc.constantFrom(2, 0.5) : fc.constantFrom(2, 150, 'x'),
      position_sizing: isTidy
        ? fc.oneof(block, fc.constant({}))
        : fc.oneof(block, fc.constant(null)),
      note: TRICKY,
    },
    { requiredKeys: [] },
  );
  const global = isTidy
    ? fc.constantFrom<unknown>(TIDY_GLOBAL, { ...TIDY_GLOBAL, method: 'percent_equity' })
    : fc.oneof(blockArb(), fc.constant(undefined));
  return fc
    .record({ global, strategies: fc.array(strategy, { maxLength: 4 }), globalLast: fc.boolean() })
    .map(({ global, strategies, globalLast }) => {
      const named = strategies.map(({ name, ...s }, i) => ({
        name: name ?? `s${i}`,
        market: 'ETH-USD',
        ...ON_EXCHANGE,
        ...s,
      }));
      const sizing = global === undefined ? {} : { position_sizing: global };
      // The global block after the strategies too: the expansion's edits are then out of order.
      return globalLast
        ? { ...ENGINE_READY, strategies: named, ...sizing }
        : { ...ENGINE_READY, ...sizing, strategies: named };
    });
}

/** Comments (with tricky text), trailing commas and blank lines between tokens. */
const noiseArb: fc.Arbitrary<Noise[]> = fc.array(
  fc.record({ kind: fc.nat({ max: 9 }), text: TRICKY, comma: fc.boolean() }),
  { minLength: 1, maxLength: 40 },
);

/**
 * The config as hostile text (escaped keys, odd number spellings, mixed line ends); a random one
 * with duplicated keys too, a tidy one without (a duplicated key is an error).
 */
function textArb(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), fc.constantFrom(0, 2, '\t'), hostilityArb)
    .chain(([isTidy, indent, hostility]) =>
      configArb(isTidy).map((config) =>
        makeHostile(JSON.stringify(config, null, indent), {
          ...hostility,
          duplicateKeys: hostility.duplicateKeys && !isTidy,
        }),
      ),
    );
}

describe('export/export-config shortcut', () => {
  it('decides every export as a full analysis of the exported text does, strict and expanded (property)', () => {
    let shortcutExpansions = 0;
    fc.assert(
      fc.property(
        textArb(),
        noiseArb,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (text, noise, eol, bom) => {
          const jsonc = withNoise(text, noise, eol);
          const analysis = analyzeBytes(new TextEncoder().encode(bom ? `\uFEFF${jsonc}` : jsonc));
          for (const expand of [false, true]) {
            const fast = verdictOf(exportConfig(analysis, { expandInheritance: expand }));
            expect(fast).toEqual(fullVerdict(analysis, expand));
          }
          const errorFree = !analysis.diagnostics.some((d) => d.severity === 'error');
          if (errorFree && analysis.strategies.length > 0) shortcutExpansions++;
        },
      ),
      { numRuns: 400 },
    );
    // The shortcut for expansions is taken from sources without errors: enough of them were met.
    expect(shortcutExpansions).toBeGreaterThan(60);
  });

  it("rests on a premise: a text with whitespace other than JSON's between tokens does not parse", () => {
    // Were such a text read, the strict export would keep what JSON.parse rejects.
    for (const space of ['\u00a0', '\u000b', '\u000c', '\u2028', '\ufeff', '\u3000']) {
      const analysis = analyzeText(`{"a":${space}1}`);
      expect(analysis.config).toBeUndefined();
      expect(exportConfig(analysis).ok).toBe(false);
    }
  });
});
