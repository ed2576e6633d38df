import { describe, expect, it } from 'vitest';
import { ENGINE_PARAM_KEYS } from '../../../shared/engine/engine-keys.ts';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import type { EngineSizerConfig, StrategySizerKind } from '../../../shared/engine/engine-sizer.ts';
import {
  globalSizer,
  ignoresStrategyBlocks,
  strategySizer,
} from '../../../shared/engine/engine-sizer.ts';
import { engineConfig, engineOf, single, strategy, without } from './engine-config.ts';

/** The global sizer's config for a file's root keys. */
function globalOf(root: Record<string, unknown>): EngineSizerConfig {
  return globalSizer(root).config;
}

/** The sizer strategy `s` gets under a global block (undefined: none) with its own block. */
function sizerOf(
  global: Record<string, unknown> | undefined,
  block: unknown,
  root: Record<string, unknown> = {},
): StrategySizerKind {
  const g = globalOf(global === undefined ? root : { ...root, position_sizing: global });
  return strategySizer(g, { name: 's', position_sizing: block });
}

describe('engine/engine-sizer', () => {
  describe('globalSizer(): the root keys merged into a non-empty block (ENGINE.md §2)', () => {
    it('adds root max_position_size_usd, max_leverage and max_account_risk_pct / 100 where the block lacks them', () => {
      const g = globalOf({
        position_sizing: { method: 'fixed_usd', fixed_usd_amount: 500 },
        max_position_size_usd: 4000,
        max_leverage: 3,
        max_account_risk_pct: 1.5,
      });
      // risk_per_trade_pct = 1.5 / 100 = 0.015
      expect(g.params).toMatchObject({
        max_position_size_usd: 4000,
        max_leverage: 3,
        risk_per_trade_pct: 1.5 / 100,
      });
      expect(g.sources).toMatchObject({
        max_position_size_usd: 'root',
        max_leverage: 'root',
        risk_per_trade_pct: 'root',
        fixed_usd_amount: 'global',
      });
    });

    it('near miss: keys the block sets win over the root ones', () => {
      const g = globalOf({
        position_sizing: {
          fixed_usd_amount: 500,
          max_position_size_usd: 800,
          max_leverage: 2,
          risk_per_trade_pct: 0.01,
        },
        max_position_size_usd: 4000,
        max_leverage: 3,
        max_account_risk_pct: 1.5,
      });
      expect(g.params).toMatchObject({
        max_position_size_usd: 800,
        max_leverage: 2,
        risk_per_trade_pct: 0.01,
      });
      expect(g.sources.max_position_size_usd).toBe('global');
    });

    it('without root keys the merge gives leverage 25 and risk 2.0 / 100 = 0.02, but no max (the class default 10,000)', () => {
      const g = globalOf({ position_sizing: { fixed_usd_amount: 500 } });
      expect(g.params.max_leverage).toBe(25);
      expect(g.params.risk_per_trade_pct).toBe(2 / 100);
      expect(g.params.max_position_size_usd).toBe(10_000);
      expect(g.sources.max_position_size_usd).toBe('default');
    });

    it('a falsy root max_position_size_usd (0) is not merged: the block keeps the default 10,000', () => {
      const g = globalOf({ position_sizing: { fixed_usd_amount: 500 }, max_position_size_usd: 0 });
      expect(g.params.max_position_size_usd).toBe(10_000);
    });

    it('a block holding max_position_size_usd: null keeps its null (the key is present)', () => {
      const g = globalOf({
        position_sizing: { fixed_usd_amount: 500, max_position_size_usd: null },
        max_position_size_usd: 4000,
      });
      expect(g.params.max_position_size_usd).toBeNull();
    });
  });

  describe('globalSizer(): the default sizer when position_sizing is missing, null or {}', () => {
    it.each([
      ['missing', {}],
      ['null', { position_sizing: null }],
      ['{}', { position_sizing: {} }],
    ])('%s: fixed_usd 1,000, max 10,000, min 10, leverage 25, risk 0.02', (_label, root) => {
      const g = globalOf(root);
      expect(g.method).toBe('fixed_usd');
      expect(g.params).toMatchObject({
        fixed_usd_amount: 1000,
        max_position_size_usd: 10_000,
        min_position_size_usd: 10,
        max_leverage: 25,
        risk_per_trade_pct: 0.02,
      });
    });

    it('takes fixed_usd_amount and max from a truthy root max_position_size_usd, leverage and risk from the root', () => {
      const g = globalOf({ max_position_size_usd: 750, max_leverage: 4, max_account_risk_pct: 3 });
      // fixed_usd_amount = max = 750; risk = 3 / 100 = 0.03
      expect(g.params).toMatchObject({
        fixed_usd_amount: 750,
        max_position_size_usd: 750,
        max_leverage: 4,
        risk_per_trade_pct: 3 / 100,
      });
    });

    it('near miss: a non-empty block is not the default sizer (fixed_usd_amount keeps the class default, max_leverage 25)', () => {
      const g = globalOf({
        position_sizing: { min_position_size_usd: 5 },
        max_position_size_usd: 750,
      });
      // the block gets root max 750 merged, but fixed_usd_amount comes from the class default 1,000
      expect(g.params.fixed_usd_amount).toBe(1000);
      expect(g.params.max_position_size_usd).toBe(750);
      expect(g.params.min_position_size_usd).toBe(5);
    });

    it('sizes an empty-block file as $1,000 fixed_usd (1,000 / 3,000 units × 3,000)', () => {
      expect(engineOf(single({}, undefined), 's').size_usd).toBe(1000);
    });
  });

  describe('method resolution (PositionSizingConfig.from_config_dict)', () => {
    it.each(['fixed_usd', 'percent_equity', 'risk_based', 'fixed_units', 'kelly_criterion'])(
      'knows %s',
      (method) => {
        const g = globalOf({ position_sizing: { method } });
        expect(g.method).toBe(method);
        expect(g.methodKnown).toBe(true);
      },
    );

    it.each(['equity_percentage', 'kelly', 'Risk_Based', 'fixed', 'percent'])(
      'turns the unknown %s into fixed_usd',
      (method) => {
        const g = globalOf({ position_sizing: { method } });
        expect(g.method).toBe('fixed_usd');
        expect(g.methodKnown).toBe(false);
        expect(g.methodValue).toBe(method);
      },
    );

    it.each([
      ['""', ''],
      ['null', null],
      ['false', false],
      ['0', 0],
    ])('reads position_sizing_method when method is falsy (%s)', (_label, method) => {
      const g = globalOf({ position_sizing: { method, position_sizing_method: 'risk_based' } });
      expect(g.method).toBe('risk_based');
    });

    it('near miss: a truthy method wins over position_sizing_method', () => {
      const g = globalOf({
        position_sizing: { method: 'percent_equity', position_sizing_method: 'risk_based' },
      });
      expect(g.method).toBe('percent_equity');
    });

    it('a truthy unknown method is not replaced by position_sizing_method: it becomes fixed_usd', () => {
      const g = globalOf({
        position_sizing: { method: 'kelly', position_sizing_method: 'risk_based' },
      });
      expect(g.method).toBe('fixed_usd');
    });

    it('defaults to fixed_usd when neither key is present', () => {
      const g = globalOf({ position_sizing: { fixed_usd_amount: 500 } });
      expect(g.method).toBe('fixed_usd');
      expect(g.methodKnown).toBe(true);
    });

    it('a null position_sizing_method is unknown (PositionSizingMethod(None) raises ValueError) → fixed_usd', () => {
      const g = globalOf({
        position_sizing: { position_sizing_method: null, fixed_usd_amount: 5 },
      });
      expect(g.method).toBe('fixed_usd');
      expect(g.methodKnown).toBe(false);
    });
  });

  describe('the twelve keys and their defaults (ENGINE.md §2)', () => {
    it('a block with only a method holds every default; leverage 25 comes from the root default', () => {
      const g = globalOf({ position_sizing: { method: 'fixed_usd' } });
      expect(g.params).toEqual({
        fixed_usd_amount: 1000,
        equity_percentage: 0.05,
        risk_per_trade_pct: 0.02, // root max_account_risk_pct 2.0 / 100
        default_stop_loss_pct: 0.05,
        fixed_units: 0.1,
        kelly_win_rate: 0.6,
        kelly_avg_win: 0.03,
        kelly_avg_loss: 0.02,
        kelly_max_position_pct: 0.25,
        max_position_size_usd: 10_000,
        min_position_size_usd: 10,
        max_leverage: 25, // merged from root max_leverage (default 25.0)
      });
      expect(ENGINE_PARAM_KEYS).toHaveLength(12);
    });

    it('a strategy sizer under a block without max_leverage inherits 25, not the class default 1.0', () => {
      const kind = sizerOf({ method: 'fixed_usd' }, { fixed_usd_amount: 5 });
      expect(kind.config.params.max_leverage).toBe(25);
    });

    it('every one of the twelve keys set in the block is taken as written', () => {
      const block = {
        method: 'fixed_usd',
        fixed_usd_amount: 1,
        equity_percentage: 2,
        risk_per_trade_pct: 3,
        default_stop_loss_pct: 4,
        fixed_units: 5,
        kelly_win_rate: 6,
        kelly_avg_win: 7,
        kelly_avg_loss: 8,
        kelly_max_position_pct: 9,
        max_position_size_usd: 10,
        min_position_size_usd: 11,
        max_leverage: 12,
      };
      const g = globalOf({ position_sizing: block });
      const params = without(block, 'method');
      expect(g.params).toEqual(params);
      expect(Object.values(g.sources).every((s) => s === 'global')).toBe(true);
    });

    it('keeps a string value as a string (it makes the later arithmetic raise, not a start error)', () => {
      const g = globalOf({ position_sizing: { fixed_usd_amount: '500' } });
      expect(g.params.fixed_usd_amount).toBe('500');
      expect(globalSizer({ position_sizing: { fixed_usd_amount: '500' } }).failure).toBeUndefined();
    });
  });

  describe('guide spellings are never read', () => {
    it('fixed_amount_usd alone leaves fixed_usd_amount at its default 1,000', () => {
      const g = globalOf({ position_sizing: { method: 'fixed_usd', fixed_amount_usd: 400 } });
      expect(g.params.fixed_usd_amount).toBe(1000);
      expect(g.sources.fixed_usd_amount).toBe('default');
    });

    it('percent_equity alone leaves equity_percentage at its default 0.05', () => {
      const g = globalOf({ position_sizing: { method: 'percent_equity', percent_equity: 0.2 } });
      expect(g.params.equity_percentage).toBe(0.05);
    });

    it('near miss: the engine spellings are read', () => {
      const g = globalOf({
        position_sizing: { fixed_usd_amount: 400, equity_percentage: 0.2 },
      });
      expect(g.params.fixed_usd_amount).toBe(400);
      expect(g.params.equity_percentage).toBe(0.2);
    });

    it('in a strategy block too: fixed_amount_usd 400 sizes with the inherited global amount', () => {
      const kind = sizerOf({ fixed_usd_amount: 700 }, { fixed_amount_usd: 400 });
      expect(kind.config.params.fixed_usd_amount).toBe(700);
      expect(kind.config.sources.fixed_usd_amount).toBe('global');
    });
  });

  describe('strategySizer(): partial inheritance (ENGINE.md §3)', () => {
    it('passes method, max, min, leverage and risk_per_trade_pct down, the strategy block overwriting', () => {
      const kind = sizerOf(
        {
          method: 'risk_based',
          risk_per_trade_pct: 0.01,
          max_position_size_usd: 5000,
          min_position_size_usd: 50,
          max_leverage: 2,
        },
        { min_position_size_usd: 20 },
      );
      expect(kind.sizer).toBe('strategy');
      expect(kind.config.method).toBe('risk_based');
      expect(kind.config.params).toMatchObject({
        risk_per_trade_pct: 0.01,
        max_position_size_usd: 5000,
        min_position_size_usd: 20,
        max_leverage: 2,
      });
      expect(kind.config.sources).toMatchObject({
        risk_per_trade_pct: 'global',
        min_position_size_usd: 'strategy',
      });
    });

    it('passes fixed_usd_amount down when the global method is fixed_usd', () => {
      const kind = sizerOf({ method: 'fixed_usd', fixed_usd_amount: 700 }, { max_leverage: 2 });
      expect(kind.config.params.fixed_usd_amount).toBe(700);
    });

    it('near miss: not when the global method is risk_based (the strategy gets the default 1,000)', () => {
      const kind = sizerOf(
        { method: 'risk_based', fixed_usd_amount: 700 },
        { method: 'fixed_usd' },
      );
      expect(kind.config.params.fixed_usd_amount).toBe(1000);
      expect(kind.config.sources.fixed_usd_amount).toBe('default');
    });

    it.each([
      ['equity_percentage', 0.3, 0.05],
      ['default_stop_loss_pct', 0.08, 0.05],
      ['fixed_units', 2, 0.1],
      ['kelly_win_rate', 0.55, 0.6],
      ['kelly_avg_win', 0.05, 0.03],
      ['kelly_avg_loss', 0.01, 0.02],
      ['kelly_max_position_pct', 0.1, 0.25],
    ])('does not pass %s down: the strategy gets the default', (key, value, fallback) => {
      const kind = sizerOf(
        { method: 'fixed_usd', fixed_usd_amount: 500, [key]: value },
        {
          max_leverage: 2,
        },
      );
      expect(kind.config.params[key as keyof EngineSizerConfig['params']]).toBe(fallback);
      // near miss: the global sizer itself holds the value
      expect(globalOf({ position_sizing: { [key]: value } }).params[key as 'fixed_units']).toBe(
        value,
      );
    });

    it('passes the global method down: a block without method sizes with the global one', () => {
      const kind = sizerOf({ method: 'risk_based' }, { risk_per_trade_pct: 0.05 });
      expect(kind.config.method).toBe('risk_based');
    });

    it('passes the global method as the fallback when the strategy method is falsy', () => {
      const kind = sizerOf({ method: 'risk_based' }, { method: '', risk_per_trade_pct: 0.05 });
      expect(kind.config.method).toBe('risk_based');
    });

    it('an unknown global method is passed down as fixed_usd, its resolved value', () => {
      const kind = sizerOf({ method: 'kelly' }, { fixed_usd_amount: 5 });
      expect(kind.config.method).toBe('fixed_usd');
      expect(kind.config.methodKnown).toBe(true);
    });

    it('passes the root-merged values down (root max 4,000 reaches the strategy)', () => {
      const kind = sizerOf(
        { fixed_usd_amount: 5 },
        { max_leverage: 2 },
        { max_position_size_usd: 4000 },
      );
      expect(kind.config.params.max_position_size_usd).toBe(4000);
      expect(kind.config.sources.max_position_size_usd).toBe('root');
    });
  });

  describe('strategySizer(): who gets the global sizer', () => {
    it.each([
      ['no block', undefined],
      ['null', null],
      ['{}', {}],
    ])('%s: the global sizer', (_label, block) => {
      const kind = sizerOf({ method: 'risk_based' }, block);
      expect(kind).toMatchObject({ sizer: 'global', because: 'no-block' });
    });

    it('near miss: a block with one key gets its own sizer', () => {
      expect(sizerOf({ method: 'risk_based' }, { max_leverage: 1 }).sizer).toBe('strategy');
    });

    it('a strategy with an empty or missing name uses the global sizer (its sizer is never looked up)', () => {
      const g = globalOf({ position_sizing: { method: 'risk_based' } });
      const kind = strategySizer(g, { name: '', position_sizing: { method: 'fixed_usd' } });
      expect(kind).toMatchObject({ sizer: 'global', because: 'no-name' });
      const noName = strategySizer(g, { position_sizing: { method: 'fixed_usd' } });
      expect(noName).toMatchObject({ sizer: 'global', because: 'no-name' });
    });

    it('a block that is not an object (a list) uses the global sizer', () => {
      expect(sizerOf({ method: 'risk_based' }, [1])).toMatchObject({ sizer: 'global' });
    });
  });

  describe('the block ignored under a global percent_equity, fixed_units or kelly_criterion', () => {
    it.each(['percent_equity', 'fixed_units', 'kelly_criterion'])(
      'global %s: every strategy with its own block uses the global sizer',
      (method) => {
        const kind = sizerOf({ method }, { method: 'fixed_usd', fixed_usd_amount: 5 });
        expect(kind).toMatchObject({ sizer: 'global', because: 'block-ignored' });
        expect(kind.config.method).toBe(method);
        expect(ignoresStrategyBlocks(globalOf({ position_sizing: { method } }))).toBe(true);
      },
    );

    it.each(['fixed_usd', 'risk_based'])(
      'near miss: global %s builds the strategy sizer',
      (method) => {
        const kind = sizerOf({ method }, { method: 'percent_equity', equity_percentage: 0.1 });
        expect(kind.sizer).toBe('strategy');
        expect(kind.config.method).toBe('percent_equity');
      },
    );

    it('an unknown global method (kelly → fixed_usd) does not break the build', () => {
      expect(sizerOf({ method: 'kelly' }, { equity_percentage: 0.1 }).sizer).toBe('strategy');
    });

    it("sizes the strategy with the global block: global percent_equity 0.1 → 10,000 × 0.1 = $1,000, not the block's $50", () => {
      const config = engineConfig(
        { position_sizing: { method: 'percent_equity', equity_percentage: 0.1 } },
        [strategy('s', { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 50 } })],
      );
      const engine = engineOf(config, 's');
      expect(engine).toMatchObject({ sizer: 'global', method: 'percent_equity' });
      expect(engine.size_usd).toBe(1000);
    });
  });

  describe('resolveEngine()', () => {
    it('reads enabled with Python truthiness: 0 disables, "false" does not', () => {
      const model = resolveEngine(
        engineConfig({}, [
          strategy('a', { enabled: 0 }),
          strategy('b', { enabled: 'false' }),
          strategy('c'),
        ]),
      );
      expect(model.strategies.map((s) => s.enabled)).toEqual([false, true, true]);
    });
  });
});
