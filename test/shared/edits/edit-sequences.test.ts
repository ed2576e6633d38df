import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import type { JsonPath } from '../../../shared/diagnostics/diagnostic.ts';
import { removeKey, setValue } from '../../../shared/edits/set-value.ts';
import type { SizingTarget } from '../../../shared/edits/sizing-edits.ts';
import {
  overrideParameter,
  resetParameter,
  setSizingValue,
} from '../../../shared/edits/sizing-edits.ts';
import {
  addStrategy,
  deleteStrategy,
  duplicateStrategy,
  moveStrategy,
} from '../../../shared/edits/strategy-edits.ts';
import type { TextEdit } from '../../../shared/edits/text-edit.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';
import type { CanonicalKey } from '../../../shared/sizing-keys.ts';
import { CANONICAL_KEYS, SIZING_KEYS } from '../../../shared/sizing-keys.ts';
import { hostileArb } from '../hostile-jsonc.ts';
import { noiseArb, withNoise } from '../jsonc-noise.ts';

type Json = Record<string, unknown>;
type Command =
  | { op: 'setSizing'; global: boolean; i: number; key: CanonicalKey; value: unknown }
  | { op: 'override' | 'reset'; i: number; key: CanonicalKey }
  | { op: 'add'; name: string }
  | { op: 'duplicate' | 'delete'; i: number }
  | { op: 'move'; i: number; to: number }
  | { op: 'set'; where: number; key: string; value: unknown }
  | { op: 'remove'; where: number; key: string };

/** What one edit should do to the parsed value, and where in the text it may write. */
interface Expectation {
  readonly edits: TextEdit[];
  /** Acceptable values after the edit (reset may or may not drop an emptied block). */
  readonly values: unknown[];
  readonly region: Node | undefined;
}

const keyArb = fc.constantFrom(...CANONICAL_KEYS);
const sizingValue = fc.oneof(
  fc.constantFrom('fixed_usd', 'risk_based', 'kelly', 0.02, 0.5, 1, 2),
  fc.integer({ min: 1, max: 100_000 }),
);
const unknownKey = fc.constantFrom('x_note', 'x_meta', 'comment_text');

function blockArb(): fc.Arbitrary<Json> {
  return fc
    .uniqueArray(fc.tuple(keyArb, fc.boolean(), sizingValue), {
      selector: ([k]) => k,
      maxLength: 4,
    })
    .map((entries) =>
      Object.fromEntries(
        entries.map(([k, alias, v]) => [alias ? (SIZING_KEYS[k].alias ?? k) : k, v]),
      ),
    );
}

function docArb(): fc.Arbitrary<string> {
  const strategy = fc.record(
    {
      market: fc.constantFrom('ETH-USD', 'BTC-USD'),
      position_sizing: blockArb(),
      x_note: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  );
  const config = fc.record(
    {
      position_sizing: blockArb(),
      strategies: fc.array(strategy, { maxLength: 4 }),
      x_meta: fc.jsonValue({ maxDepth: 2 }),
      log_level: fc.constant('INFO'),
    },
    { requiredKeys: ['log_level'] },
  );
  return fc
    .tuple(
      config,
      fc.constantFrom<string | number>(0, 2, 4, '\t'),
      fc.boolean(),
      fc.boolean(),
      noiseArb(),
    )
    .map(([c, indent, noisy, crlf, noise]) => {
      if (Array.isArray(c.strategies))
        c.strategies = c.strategies.map((s, i) => ({ name: `s${i}`, ...s }));
      const eol = crlf ? '\r\n' : '\n';
      let text = JSON.stringify(c, null, indent);
      if (crlf) text = text.replaceAll('\n', '\r\n');
      return noisy ? withNoise(text, noise, eol) : text;
    });
}

function commandArb(): fc.Arbitrary<Command> {
  const i = fc.nat({ max: 5 });
  return fc.oneof(
    fc.record({
      op: fc.constant('setSizing' as const),
      global: fc.boolean(),
      i,
      key: keyArb,
      value: sizingValue,
    }),
    fc.record({ op: fc.constantFrom('override' as const, 'reset' as const), i, key: keyArb }),
    fc.record({
      op: fc.constant('add' as const),
      name: fc.constantFrom('s0', 'new_strategy', 'eth'),
    }),
    fc.record({ op: fc.constantFrom('duplicate' as const, 'delete' as const), i }),
    fc.record({ op: fc.constant('move' as const), i, to: fc.nat({ max: 5 }) }),
    fc.record({
      op: fc.constant('set' as const),
      where: i,
      key: unknownKey,
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    fc.record({ op: fc.constant('remove' as const), where: i, key: unknownKey }),
  );
}

const clone = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;
const strategiesIn = (c: Json): Json[] =>
  Array.isArray(c.strategies) ? (c.strategies as Json[]) : [];
const names = (c: Json): Set<string> => new Set(strategiesIn(c).map((s) => String(s.name)));
function unique(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** SPEC §2's table: the engine's spelling of each key, where it differs from the guide's. */
const ENGINE_SPELLING_OF: Partial<Record<CanonicalKey, string>> = {
  fixed_amount_usd: 'fixed_usd_amount',
  percent_equity: 'equity_percentage',
};

/**
 * SPEC §2: the spelling the target block already uses for the key (the engine's when it holds
 * both); a key new to the block in the engine's spelling, the only one the engine reads.
 */
function spellingOf(target: Json | undefined, key: CanonicalKey): string {
  const engine = ENGINE_SPELLING_OF[key] ?? key;
  const spellings = [
    engine,
    key,
    ...(SIZING_KEYS[key].alias === undefined ? [] : [SIZING_KEYS[key].alias]),
  ];
  const found = spellings.find(
    (s) => target !== null && typeof target === 'object' && Object.hasOwn(target, s),
  );
  return found ?? engine;
}

function nodeAt(text: string, path: JsonPath): Node | undefined {
  const tree = parseText(text).tree();
  return tree === undefined ? undefined : findNodeAtLocation(tree, path as (string | number)[]);
}

/** Runs one command on the text and says what it must have done. */
function run(text: string, cmd: Command): Expectation {
  const before = clone(parseText(text).value);
  const model = clone(before);
  const list = strategiesIn(model);
  const at = (i: number) => (list.length === 0 ? -1 : i % list.length);
  const same = (edits: TextEdit[], region?: Node): Expectation => ({
    edits,
    values: [before],
    region,
  });
  switch (cmd.op) {
    case 'setSizing': {
      const target: SizingTarget = cmd.global
        ? { kind: 'global' }
        : { kind: 'strategy', index: at(cmd.i) };
      if (target.kind === 'strategy' && target.index < 0) return same([]);
      const holder = target.kind === 'global' ? model : list[target.index]!;
      const edits = setSizingValue(text, target, cmd.key, cmd.value);
      holder.position_sizing ??= {};
      const block = holder.position_sizing as Json;
      block[spellingOf(clone(block), cmd.key)] = cmd.value;
      const region =
        target.kind === 'strategy' ? nodeAt(text, ['strategies', target.index]) : nodeAt(text, []);
      return { edits, values: [model], region };
    }
    case 'override':
    case 'reset': {
      const i = at(cmd.i);
      if (i < 0) return same([]);
      const s = list[i]!;
      const block = (s.position_sizing ?? {}) as Json;
      const region = nodeAt(text, ['strategies', i]);
      if (cmd.op === 'override') {
        const effective = analyzeText(text).strategies[i]?.sizing.values[cmd.key];
        const edits = overrideParameter(text, i, cmd.key);
        if (effective === undefined) return same(edits, region);
        s.position_sizing = { ...block, [spellingOf(block, cmd.key)]: effective };
        return { edits, values: [model], region };
      }
      const edits = resetParameter(text, i, cmd.key);
      const kept = Object.fromEntries(
        Object.entries(block).filter(([k]) => k !== cmd.key && k !== SIZING_KEYS[cmd.key].alias),
      );
      if (s.position_sizing === undefined || Object.keys(kept).length === Object.keys(block).length)
        return same(edits, region);
      s.position_sizing = kept;
      const dropped = clone(model);
      if (Object.keys(kept).length === 0) delete strategiesIn(dropped)[i]!.position_sizing;
      return { edits, values: [model, dropped], region };
    }
    case 'add': {
      const edits = addStrategy(text, cmd.name);
      model.strategies = [...list, { name: unique(names(model), cmd.name), enabled: false }];
      return { edits, values: [model], region: nodeAt(text, ['strategies']) ?? nodeAt(text, []) };
    }
    case 'duplicate':
    case 'delete':
    case 'move': {
      const i = at(cmd.i);
      const region = nodeAt(text, ['strategies']);
      if (i < 0) return same([], region);
      if (cmd.op === 'delete') list.splice(i, 1);
      if (cmd.op === 'duplicate')
        list.splice(i + 1, 0, {
          ...list[i],
          name: unique(names(model), `${String(list[i]!.name)}_copy`),
        });
      if (cmd.op === 'move' && cmd.to < list.length) list.splice(cmd.to, 0, ...list.splice(i, 1));
      const edits =
        cmd.op === 'move'
          ? moveStrategy(text, i, cmd.to)
          : cmd.op === 'delete'
            ? deleteStrategy(text, i)
            : duplicateStrategy(text, i);
      return { edits, values: [model], region };
    }
    case 'set':
    case 'remove': {
      const i = cmd.where === 0 || list.length === 0 ? -1 : at(cmd.where);
      const holder = i < 0 ? model : list[i]!;
      const path: JsonPath = i < 0 ? [cmd.key] : ['strategies', i, cmd.key];
      const region = nodeAt(text, path.slice(0, -1));
      if (cmd.op === 'remove') delete holder[cmd.key];
      else holder[cmd.key] = cmd.value;
      const edits = cmd.op === 'remove' ? removeKey(text, path) : setValue(text, path, cmd.value);
      return { edits, values: [clone(model)], region };
    }
  }
}

/** Applies edits independently of the implementation, checking they are well formed. */
function applyChecked(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    expect(e.offset).toBeGreaterThanOrEqual(pos);
    expect(e.offset + e.length).toBeLessThanOrEqual(text.length);
    out += text.slice(pos, e.offset) + e.content;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}

function checkSequence(start: string, commands: Command[]): void {
  let text = start;
  for (const cmd of commands) {
    const { edits, values, region } = run(text, cmd);
    const after = applyChecked(text, edits);
    expect(applyEdits(text, edits)).toBe(after);
    for (const e of edits) {
      // Every byte outside the node being edited stays where it was.
      expect(region).toBeDefined();
      expect(e.offset).toBeGreaterThanOrEqual(region!.offset);
      expect(e.offset + e.length).toBeLessThanOrEqual(region!.offset + region!.length);
    }
    const parsed = parseText(after);
    expect(parsed.value, `${JSON.stringify(cmd)} broke the text:\n${after}`).toBeDefined();
    expect(values, JSON.stringify(cmd)).toContainEqual(parsed.value);
    text = after;
  }
}

describe('edits (all of shared/edits)', () => {
  it('keep every other value and every byte outside the edited node, for any edit sequence (property)', () => {
    fc.assert(
      fc.property(docArb(), fc.array(commandArb(), { minLength: 1, maxLength: 8 }), checkSequence),
      {
        numRuns: 150,
      },
    );
  });

  it('give back the original bytes on override then reset of an inherited value (property)', () => {
    fc.assert(
      fc.property(docArb(), fc.nat(), keyArb, (text, n, key) => {
        const strategies = analyzeText(text).strategies;
        fc.pre(strategies.length > 0);
        const s = strategies[n % strategies.length]!;
        fc.pre(s.sizing.sources[key] !== 'strategy' && s.sizing.values[key] !== undefined);
        const block = s.raw?.position_sizing;
        fc.pre(block === undefined || Object.keys(block as object).length > 0);
        const overridden = applyEdits(text, overrideParameter(text, s.index, key));
        expect(analyzeText(overridden).strategies[s.index]?.sizing.sources[key]).toBe('strategy');
        expect(applyEdits(overridden, resetParameter(overridden, s.index, key))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('keep every other value on hostile spellings too: escaped and duplicated keys, number spellings, mixed line endings (property)', () => {
    fc.assert(
      fc.property(
        hostileArb(docArb()),
        fc.array(commandArb(), { minLength: 1, maxLength: 6 }),
        (text, commands) => {
          fc.pre(parseText(text).value !== undefined);
          checkSequence(text, commands);
        },
      ),
      { numRuns: 120 },
    );
  });
});
