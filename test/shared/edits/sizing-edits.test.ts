import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import {
  blockPathOf,
  overrideParameter,
  resetParameter,
  setSizingValue,
  spellingFor,
} from '../../../shared/edits/sizing-edits.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

const mixed = fixtureText('mixed-inheritance.jsonc');
const engine = fixtureText('engine-spellings.json');
const configOf = (text: string) => analyzeText(text).config;
const sizingOf = (text: string, index: number) => analyzeText(text).strategies[index]?.sizing;

describe('edits/sizing-edits', () => {
  describe('blockPathOf()', () => {
    it('points at the global block or a strategy block', () => {
      expect(blockPathOf({ kind: 'global' })).toEqual(['position_sizing']);
      expect(blockPathOf({ kind: 'strategy', index: 2 })).toEqual([
        'strategies',
        2,
        'position_sizing',
      ]);
    });
  });

  describe('spellingFor()', () => {
    const config = configOf(engine);

    it("uses the target block's own spelling first", () => {
      expect(spellingFor(config, { kind: 'strategy', index: 0 }, 'method')).toBe(
        'position_sizing_method',
      );
      expect(spellingFor(config, { kind: 'strategy', index: 1 }, 'method')).toBe('method');
    });

    it("writes a key new to the block in the engine's spelling, whatever the global block uses", () => {
      expect(spellingFor(config, { kind: 'strategy', index: 1 }, 'percent_equity')).toBe(
        'equity_percentage',
      );
      // SPEC §2: the guide's spellings in the global block are not copied into a strategy.
      const guide = configOf(
        '{"position_sizing": {"position_sizing_method": "fixed_usd", "percent_equity": 0.1}, "strategies": [{"name": "a"}]}',
      );
      const a = { kind: 'strategy', index: 0 } as const;
      expect(spellingFor(guide, a, 'percent_equity')).toBe('equity_percentage');
      expect(spellingFor(guide, a, 'method')).toBe('method');
      // The block that already holds a spelling keeps it (near miss).
      expect(spellingFor(guide, { kind: 'global' }, 'percent_equity')).toBe('percent_equity');
      expect(spellingFor(guide, { kind: 'global' }, 'method')).toBe('position_sizing_method');
    });

    it("ignores other strategies' spellings: a key no block of its own holds is the engine's", () => {
      const text =
        '{"strategies": [{"name": "a"}, {"name": "b", "position_sizing": {"fixed_amount_usd": 1}}]}';
      expect(spellingFor(configOf(text), { kind: 'strategy', index: 0 }, 'fixed_amount_usd')).toBe(
        'fixed_usd_amount',
      );
      expect(spellingFor(config, { kind: 'global' }, 'kelly_win_rate')).toBe('kelly_win_rate');
    });
  });

  describe('setSizingValue()', () => {
    it("writes a key new to the block in the engine's spelling", () => {
      const after = applyEdits(
        engine,
        setSizingValue(engine, { kind: 'strategy', index: 1 }, 'fixed_amount_usd', 900),
      );
      expect(after).toContain('"kelly_avg_loss": 0.02,\n        "fixed_usd_amount": 900\n');
      expect(sizingOf(after, 1)?.values.fixed_amount_usd).toBe(900);
    });

    it("edits a key in place in the block's own spelling, the guide's included", () => {
      const text = '{"position_sizing": {"fixed_amount_usd": 750}, "strategies": [{"name": "a"}]}';
      const after = applyEdits(
        text,
        setSizingValue(text, { kind: 'global' }, 'fixed_amount_usd', 800),
      );
      expect(after).toBe(text.replace('750', '800'));
    });

    it('changes a global value in place, so every inheriting strategy follows', () => {
      const after = applyEdits(
        mixed,
        setSizingValue(mixed, { kind: 'global' }, 'fixed_amount_usd', 800),
      );
      expect(after).toBe(mixed.replace('"fixed_usd_amount": 750', '"fixed_usd_amount": 800'));
      expect(sizingOf(after, 0)?.values.fixed_amount_usd).toBe(800);
    });

    it('creates the strategy block when it has none', () => {
      const after = applyEdits(
        mixed,
        setSizingValue(mixed, { kind: 'strategy', index: 0 }, 'max_leverage', 2),
      );
      expect(sizingOf(after, 0)?.sources.max_leverage).toBe('strategy');
      expect(after).toContain(
        '"market": "BTC-USD",\n      "position_sizing": {\n        "max_leverage": 2\n      }\n',
      );
    });

    it('never creates a strategy nor writes into a block that is not an object', () => {
      const text = '{"strategies": [{"name": "a", "position_sizing": 5}]}';
      expect(setSizingValue(text, { kind: 'strategy', index: 0 }, 'method', 'kelly')).toEqual([]);
      expect(setSizingValue(text, { kind: 'strategy', index: 1 }, 'method', 'kelly')).toEqual([]);
      expect(setSizingValue('[1]', { kind: 'global' }, 'method', 'kelly')).toEqual([]);
      expect(
        setSizingValue('{"position_sizing": "x"}', { kind: 'global' }, 'method', 'kelly'),
      ).toEqual([]);
    });
  });

  describe('overrideParameter()', () => {
    it('starts the override from the inherited value', () => {
      const after = applyEdits(mixed, overrideParameter(mixed, 1, 'max_position_size_usd'));
      const sizing = sizingOf(after, 1);
      expect(sizing?.values.max_position_size_usd).toBe(4000);
      expect(sizing?.sources.max_position_size_usd).toBe('strategy');
      expect(after).toContain('// risks 1 % (inherited)');
    });

    it('takes an explicit value, and a built-in default as a start', () => {
      const explicit = applyEdits(mixed, overrideParameter(mixed, 0, 'fixed_amount_usd', 100));
      expect(sizingOf(explicit, 0)?.values.fixed_amount_usd).toBe(100);
      const kelly = applyEdits(mixed, overrideParameter(mixed, 0, 'kelly_max_position_pct'));
      expect(sizingOf(kelly, 0)?.values.kelly_max_position_pct).toBe(0.25);
    });

    it('gives no edit when there is nothing to start from', () => {
      expect(overrideParameter(mixed, 0, 'kelly_win_rate')).toEqual([]);
      expect(overrideParameter(mixed, 7, 'method')).toEqual([]);
    });
  });

  describe('resetParameter()', () => {
    it.each([0, 1, 2])(
      'after an override of strategy %i, gives back the original bytes',
      (index) => {
        for (const key of [
          'fixed_amount_usd',
          'risk_per_trade_pct',
          'default_stop_loss_pct',
        ] as const) {
          const overridden = applyEdits(mixed, overrideParameter(mixed, index, key, 1));
          expect(overridden).not.toBe(mixed);
          expect(applyEdits(overridden, resetParameter(overridden, index, key))).toBe(mixed);
        }
      },
    );

    it('gives back the original bytes of a one-line file and of engine spellings', () => {
      const line = '{"position_sizing": {"fixed_usd_amount": 5}, "strategies": [{"name": "a"}]}';
      const overridden = applyEdits(line, overrideParameter(line, 0, 'fixed_amount_usd'));
      expect(overridden).toBe(
        '{"position_sizing": {"fixed_usd_amount": 5}, "strategies": [{"name": "a", "position_sizing": {"fixed_usd_amount": 5}}]}',
      );
      expect(applyEdits(overridden, resetParameter(overridden, 0, 'fixed_amount_usd'))).toBe(line);
    });

    it('removes both spellings so the value is inherited again', () => {
      const text =
        '{"position_sizing": {"percent_equity": 0.1}, "strategies": [{"name": "a", "position_sizing": {"percent_equity": 0.3, "equity_percentage": 0.3, "method": "percent_equity"}}]}';
      const after = applyEdits(text, resetParameter(text, 0, 'percent_equity'));
      expect(sizingOf(after, 0)?.sources.percent_equity).toBe('global');
      expect(after).toContain('"position_sizing": {"method": "percent_equity"}');
    });

    it('keeps an emptied block that holds a comment of its own', () => {
      const text =
        '{"strategies": [{"name": "a", "position_sizing": { // why\n "max_leverage": 2}}]}';
      const after = applyEdits(text, resetParameter(text, 0, 'max_leverage'));
      expect(after).toBe('{"strategies": [{"name": "a", "position_sizing": { // why\n}}]}');
    });

    it('removes the comment the override owns with it, then the emptied block', () => {
      const text =
        '{"strategies": [{"name": "a", "position_sizing": {"max_leverage": 2 /* why */}}]}';
      const after = applyEdits(text, resetParameter(text, 0, 'max_leverage'));
      expect(after).toBe('{"strategies": [{"name": "a"}]}');
    });

    it('gives no edit when the strategy does not override the key', () => {
      expect(resetParameter(mixed, 0, 'max_leverage')).toEqual([]);
    });
  });
});
