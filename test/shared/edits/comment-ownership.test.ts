import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../shared/parse/parse-text.ts';
import { removeKey } from '../../../shared/edits/set-value.ts';
import { resetParameter } from '../../../shared/edits/sizing-edits.ts';
import { deleteStrategy, moveStrategy } from '../../../shared/edits/strategy-edits.ts';
import type { TextEdit } from '../../../shared/edits/text-edit.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';

// Comment ownership (docs/decisions.md): comment lines directly above a member and comments
// after it on its last line are its own; any other comment is the container's. Every member here
// carries labelled comments, so the test knows who owns what by construction.

/** How one member's comments are written: lines above (0–2), one after it; line or block comments. */
interface CommentPlan {
  readonly above: readonly boolean[];
  readonly after: boolean | null;
  /** An unowned comment, set off by a blank line, before the member's own. */
  readonly loose: boolean;
}

const planArb: fc.Arbitrary<CommentPlan> = fc.record({
  above: fc.array(fc.boolean(), { maxLength: 2 }),
  after: fc.option(fc.boolean(), { nil: null }),
  loose: fc.boolean(),
});

const SIZING_KEYS = ['fixed_amount_usd', 'max_position_size_usd', 'max_leverage'] as const;

interface StrategyPlan {
  readonly comments: CommentPlan;
  readonly market: CommentPlan;
  readonly sizing: readonly (readonly [(typeof SIZING_KEYS)[number], CommentPlan])[];
}

const strategyArb: fc.Arbitrary<StrategyPlan> = fc.record({
  comments: planArb,
  market: planArb,
  sizing: fc.uniqueArray(fc.tuple(fc.constantFrom(...SIZING_KEYS), planArb), {
    selector: ([key]) => key,
    maxLength: 3,
  }),
});

/** A labelled member: who owns which comment, for the model to check against. */
interface Owned {
  readonly labels: string[];
  readonly loose: string[];
}

/** The JSONC text and, per strategy, the labels of its comments and its members' comments. */
interface Built {
  readonly text: string;
  readonly strategies: { name: string; own: Owned; market: Owned; sizing: Map<string, Owned> }[];
  readonly containerLabels: string[];
}

function build(plans: readonly StrategyPlan[], trailingCommas: boolean, eol: string): Built {
  let n = 0;
  const label = (): string => `<c${n++}>`;
  const comment = (slash: boolean, text: string): string =>
    slash ? `// ${text}` : `/* ${text} */`;
  const containerLabels: string[] = [];
  /** Members on lines of their own at `indent`, each with its comments as planned. */
  const members = (
    indent: string,
    items: readonly { body: string; plan: CommentPlan; owned: Owned }[],
  ): string => {
    const lines: string[] = [];
    items.forEach(({ body, plan, owned }, i) => {
      if (plan.loose) {
        const l = label();
        owned.loose.push(l);
        lines.push(`${indent}${comment(true, l)}`, '');
      }
      for (const slash of plan.above) {
        const l = label();
        owned.labels.push(l);
        lines.push(`${indent}${comment(slash, l)}`);
      }
      const comma = i < items.length - 1 || trailingCommas ? ',' : '';
      let line = `${indent}${body}${comma}`;
      if (plan.after !== null) {
        const l = label();
        owned.labels.push(l);
        line += ` ${comment(plan.after, l)}`;
      }
      lines.push(line);
    });
    return lines.join(eol);
  };
  const empty = (): Owned => ({ labels: [], loose: [] });
  const strategies = plans.map((plan, i) => {
    const sizing = new Map(plan.sizing.map(([key]) => [key, empty()]));
    const market = empty();
    const none: CommentPlan = { above: [], after: null, loose: false };
    const items = [
      { body: `"name": "s${i}"`, plan: none, owned: empty() },
      { body: '"market": "BTC-USD"', plan: plan.market, owned: market },
    ];
    if (plan.sizing.length > 0) {
      const block = members(
        '        ',
        plan.sizing.map(([key, p]) => ({
          body: `"${key}": ${100 + i}`,
          plan: p,
          owned: sizing.get(key) as Owned,
        })),
      );
      items.push({
        body: `"position_sizing": {${eol}${block}${eol}      }`,
        plan: none,
        owned: empty(),
      });
    }
    const body = `{${eol}${members('      ', items)}${eol}    }`;
    return { name: `s${i}`, own: empty(), market, sizing, body, plan: plan.comments };
  });
  const header = label();
  const footer = label();
  containerLabels.push(header, footer);
  const list = members(
    '    ',
    strategies.map((s) => ({ body: s.body, plan: s.plan, owned: s.own })),
  );
  const text = `{${eol}  "position_sizing": {"method": "fixed_usd", "fixed_amount_usd": 10},${eol}  "strategies": [ ${comment(true, header)}${eol}${list}${eol}${eol}    ${comment(false, footer)}${eol}  ]${eol}}${eol}`;
  return { text, strategies, containerLabels };
}

type Op =
  | { readonly op: 'delete'; readonly i: number }
  | { readonly op: 'move'; readonly i: number; readonly to: number }
  | { readonly op: 'removeMarket'; readonly i: number }
  | { readonly op: 'reset'; readonly i: number; readonly key: (typeof SIZING_KEYS)[number] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), i: fc.nat({ max: 4 }) }),
  fc.record({ op: fc.constant('move' as const), i: fc.nat({ max: 4 }), to: fc.nat({ max: 4 }) }),
  fc.record({ op: fc.constant('removeMarket' as const), i: fc.nat({ max: 4 }) }),
  fc.record({
    op: fc.constant('reset' as const),
    i: fc.nat({ max: 4 }),
    key: fc.constantFrom(...SIZING_KEYS),
  }),
);

type Model = Built['strategies'];

/** Applies one edit to the text and to the model of who is still there. */
function step(text: string, model: Model, gone: Set<string>, op: Op): string {
  const s = model[op.i];
  if (s === undefined) return text;
  let edits: TextEdit[] = [];
  const drop = (owned: Owned | undefined): void => owned?.labels.forEach((l) => gone.add(l));
  switch (op.op) {
    case 'delete':
      edits = deleteStrategy(text, op.i);
      drop(s.own);
      drop(s.market);
      for (const owned of s.sizing.values()) {
        drop(owned);
        owned.loose.forEach((l) => gone.add(l));
      }
      s.market.loose.forEach((l) => gone.add(l));
      model.splice(op.i, 1);
      break;
    case 'move':
      edits = moveStrategy(text, op.i, op.to);
      if (op.to < model.length && op.to !== op.i) model.splice(op.to, 0, ...model.splice(op.i, 1));
      break;
    case 'removeMarket':
      edits = removeKey(text, ['strategies', op.i, 'market']);
      if (edits.length > 0) {
        drop(s.market);
        s.market.labels.length = 0;
      }
      break;
    case 'reset':
      edits = resetParameter(text, op.i, op.key);
      if (edits.length > 0) {
        // Its unowned comments stay in the block, and go only with the strategy.
        drop(s.sizing.get(op.key));
        s.sizing.get(op.key)?.labels.splice(0);
      }
      break;
  }
  return applyEdits(text, edits);
}

describe('edits/comment ownership', () => {
  it('keeps every comment not owned by a deleted member, and moves comments with their owner, for any edit sequence (property)', () => {
    fc.assert(
      fc.property(
        fc.array(strategyArb, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.array(opArb, { minLength: 1, maxLength: 6 }),
        (plans, trailingCommas, eol, ops) => {
          const built = build(plans, trailingCommas, eol);
          expect(parseText(built.text).value).toBeDefined();
          const all = (built.text.match(/<c\d+>/g) ?? []).sort();
          const model = [...built.strategies];
          const gone = new Set<string>();
          let text = built.text;
          for (const op of ops) text = step(text, model, gone, op);
          expect(parseText(text).value).toBeDefined();
          for (const l of all)
            expect([l, text.split(l).length - 1]).toEqual([l, gone.has(l) ? 0 : 1]);
          // Each surviving strategy's comments lie between its neighbours' names, around its own.
          const at = (needle: string): number => text.indexOf(needle);
          model.forEach((s, i) => {
            const name = at(`"name": "${s.name}"`);
            const before = i === 0 ? 0 : at(`"name": "${model[i - 1]?.name}"`);
            const after =
              i === model.length - 1 ? text.length : at(`"name": "${model[i + 1]?.name}"`);
            expect(name).toBeGreaterThan(before);
            for (const l of s.own.labels) {
              expect(at(l)).toBeGreaterThan(before);
              expect(at(l)).toBeLessThan(after);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the previous member’s comment when the last strategy is deleted', () => {
    const text = '{"strategies": [\n  {"name": "a"}, // about a\n  {"name": "b"} // about b\n]}';
    expect(applyEdits(text, deleteStrategy(text, 1))).toBe(
      '{"strategies": [\n  {"name": "a"} // about a\n]}',
    );
  });

  it('moves a strategy with the comment lines above it and the comment after it', () => {
    const text =
      '{"strategies": [\n  // about a\n  {"name": "a"}, // a again\n  {"name": "b"} // about b\n]}';
    expect(applyEdits(text, moveStrategy(text, 0, 1))).toBe(
      '{"strategies": [\n  {"name": "b"}, // about b\n  // about a\n  {"name": "a"} // a again\n]}',
    );
  });

  it('keeps the previous key’s comment on removeKey and reset', () => {
    const text =
      '{"strategies": [{\n  "name": "a", // the name\n  "position_sizing": {\n    "method": "fixed_usd", // why\n    "max_leverage": 2\n  }\n}]}';
    expect(applyEdits(text, removeKey(text, ['strategies', 0, 'position_sizing']))).toBe(
      '{"strategies": [{\n  "name": "a" // the name\n}]}',
    );
    expect(applyEdits(text, resetParameter(text, 0, 'max_leverage'))).toBe(
      '{"strategies": [{\n  "name": "a", // the name\n  "position_sizing": {\n    "method": "fixed_usd" // why\n  }\n}]}',
    );
  });
});
