import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../../../shared/analyze.ts';
import type { DiagnosticCode } from '../../../shared/diagnostics/diagnostic.ts';
import { lineColumnOf, withCode } from '../analyze-config.ts';
import { analyze, engineConfig, strategy, without } from '../engine/engine-config.ts';

const CAP = { max_position_size_usd: 9000 };

/** The diagnostics of one code for a config written as pretty JSON. */
function found(config: unknown, code: DiagnosticCode) {
  return withCode(analyze(config), code);
}

describe('diagnostics/engine-checks', () => {
  describe('engine-ignored-key', () => {
    it('flags a global fixed_amount_usd at its key, naming the default the engine uses, with a rename fix', () => {
      const config = engineConfig(
        { position_sizing: { method: 'fixed_usd', fixed_amount_usd: 400, ...CAP } },
        [strategy('s')],
      );
      const analysis = analyze(config);
      const [d, ...rest] = withCode(analysis, 'engine-ignored-key');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'error', path: ['position_sizing', 'fixed_amount_usd'] });
      expect(d?.start).toEqual(lineColumnOf(analysis.text, '"fixed_amount_usd"'));
      // ENGINE.md §2: fixed_usd_amount defaults to 1000.
      expect(d?.message).toContain('$1,000.00');
      expect(d?.fix).toEqual({
        title: 'Rename fixed_amount_usd to fixed_usd_amount',
        actions: [
          {
            kind: 'rename-key',
            path: ['position_sizing', 'fixed_amount_usd'],
            to: 'fixed_usd_amount',
          },
        ],
      });
    });

    it('flags a strategy percent_equity, naming 0.05, with a rename fix', () => {
      const config = engineConfig(
        { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5, ...CAP } },
        [strategy('s', { position_sizing: { method: 'percent_equity', percent_equity: 0.2 } })],
      );
      const [d] = found(config, 'engine-ignored-key');
      const path = ['strategies', 0, 'position_sizing', 'percent_equity'];
      expect(d).toMatchObject({ severity: 'error', path });
      expect(d?.message).toContain('equity_percentage 0.05');
      expect(d?.fix?.actions).toEqual([{ kind: 'rename-key', path, to: 'equity_percentage' }]);
    });

    it('offers to remove the guide key when the engine key holds the same value', () => {
      const config = engineConfig(
        { position_sizing: { fixed_amount_usd: 400, fixed_usd_amount: 400, ...CAP } },
        [strategy('s')],
      );
      expect(found(config, 'engine-ignored-key')[0]?.fix?.actions).toEqual([
        { kind: 'remove-key', path: ['position_sizing', 'fixed_amount_usd'] },
      ]);
    });

    it('offers no fix when both spellings disagree (the alias-conflict error asks the trader to choose)', () => {
      const config = engineConfig(
        { position_sizing: { fixed_amount_usd: 400, fixed_usd_amount: 500, ...CAP } },
        [strategy('s')],
      );
      const [d] = found(config, 'engine-ignored-key');
      expect(d?.fix).toBeUndefined();
      expect(d?.message).toContain('$500.00');
      expect(found(config, 'alias-conflict')).toHaveLength(1);
    });

    it('near miss: the engine spellings are not flagged', () => {
      const config = engineConfig(
        { position_sizing: { fixed_usd_amount: 400, equity_percentage: 0.1, ...CAP } },
        [strategy('s', { position_sizing: { fixed_usd_amount: 300, equity_percentage: 0.2 } })],
      );
      expect(found(config, 'engine-ignored-key')).toEqual([]);
    });
  });

  describe('engine-unknown-method', () => {
    it.each([
      ['equity_percentage', 'percent_equity'],
      ['kelly', 'kelly_criterion'],
    ])('global %s: an error at the value, with a fix writing %s', (method, engineName) => {
      const config = engineConfig({ position_sizing: { method, ...CAP } }, [strategy('s')]);
      const [d, ...rest] = found(config, 'engine-unknown-method');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'error', path: ['position_sizing', 'method'] });
      expect(d?.message).toContain('fixed_usd');
      expect(d?.fix).toEqual({
        title: `Write method "${engineName}"`,
        actions: [{ kind: 'set-value', path: ['position_sizing', 'method'], value: engineName }],
      });
    });

    it('in a strategy block, at position_sizing_method when that is the key read', () => {
      const config = engineConfig({ position_sizing: { fixed_usd_amount: 5, ...CAP } }, [
        strategy('s', { position_sizing: { position_sizing_method: 'kelly' } }),
      ]);
      const path = ['strategies', 0, 'position_sizing', 'position_sizing_method'];
      const [d] = found(config, 'engine-unknown-method');
      expect(d).toMatchObject({ severity: 'error', path });
      expect(d?.fix?.actions).toEqual([{ kind: 'set-value', path, value: 'kelly_criterion' }]);
    });

    it('a method no one knows (foo): the error, with no fix', () => {
      const config = engineConfig({ position_sizing: { method: 'foo', ...CAP } }, [strategy('s')]);
      const [d] = found(config, 'engine-unknown-method');
      expect(d?.path).toEqual(['position_sizing', 'method']);
      expect(d?.fix).toBeUndefined();
    });

    it.each(['fixed_usd', 'percent_equity', 'risk_based', 'fixed_units', 'kelly_criterion'])(
      'near miss: the engine method %s is not flagged',
      (method) => {
        const config = engineConfig({ position_sizing: { method, ...CAP } }, [strategy('s')]);
        expect(found(config, 'engine-unknown-method')).toEqual([]);
      },
    );

    it('near miss: an unknown method in a block the engine ignores is not flagged', () => {
      const config = engineConfig({ position_sizing: { method: 'percent_equity', ...CAP } }, [
        strategy('s', { position_sizing: { method: 'kelly' } }),
      ]);
      expect(found(config, 'engine-unknown-method')).toEqual([]);
    });
  });

  describe('engine-not-inherited', () => {
    it('a percent_equity strategy inheriting the global equity_percentage 0.2: the engine uses 0.05; fix sets 0.2', () => {
      const config = engineConfig(
        {
          position_sizing: {
            method: 'fixed_usd',
            fixed_usd_amount: 500,
            equity_percentage: 0.2,
            ...CAP,
          },
        },
        [strategy('s', { position_sizing: { method: 'percent_equity' } })],
      );
      const [d, ...rest] = found(config, 'engine-not-inherited');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'error', path: ['strategies', 0, 'position_sizing'] });
      expect(d?.message).toContain('0.05');
      expect(d?.fix).toEqual({
        title: 'Set equity_percentage 0.2 on the strategy',
        actions: [
          {
            kind: 'set-value',
            path: ['strategies', 0, 'position_sizing', 'equity_percentage'],
            value: 0.2,
          },
        ],
      });
    });

    it('a fixed_usd strategy under a risk_based global inheriting fixed_usd_amount 700: the engine uses $1,000', () => {
      const config = engineConfig(
        {
          position_sizing: {
            method: 'risk_based',
            risk_per_trade_pct: 0.01,
            fixed_usd_amount: 700,
            ...CAP,
          },
        },
        [strategy('s', { position_sizing: { method: 'fixed_usd' } })],
      );
      const [d] = found(config, 'engine-not-inherited');
      expect(d?.message).toContain('$1,000.00');
      expect(d?.fix?.actions).toEqual([
        {
          kind: 'set-value',
          path: ['strategies', 0, 'position_sizing', 'fixed_usd_amount'],
          value: 700,
        },
      ]);
    });

    it('every kelly parameter the strategy inherits is one diagnostic each', () => {
      const config = engineConfig(
        {
          position_sizing: {
            method: 'fixed_usd',
            fixed_usd_amount: 5,
            kelly_win_rate: 0.55,
            kelly_avg_win: 0.04,
            kelly_avg_loss: 0.02,
            ...CAP,
          },
        },
        [strategy('s', { position_sizing: { method: 'kelly_criterion', kelly_win_rate: 0.7 } })],
      );
      const keys = found(config, 'engine-not-inherited').map((d) => d.fix?.actions[0]);
      expect(keys).toEqual([
        {
          kind: 'set-value',
          path: ['strategies', 0, 'position_sizing', 'kelly_avg_win'],
          value: 0.04,
        },
        {
          kind: 'set-value',
          path: ['strategies', 0, 'position_sizing', 'kelly_avg_loss'],
          value: 0.02,
        },
      ]);
    });

    it('near miss: fixed_usd_amount under a fixed_usd global is passed down', () => {
      const config = engineConfig(
        { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 700, ...CAP } },
        [strategy('s', { position_sizing: { min_position_size_usd: 20 } })],
      );
      expect(found(config, 'engine-not-inherited')).toEqual([]);
    });

    it('near miss: the strategy sets the parameter itself', () => {
      const config = engineConfig(
        {
          position_sizing: {
            method: 'fixed_usd',
            fixed_usd_amount: 5,
            equity_percentage: 0.2,
            ...CAP,
          },
        },
        [strategy('s', { position_sizing: { method: 'percent_equity', equity_percentage: 0.3 } })],
      );
      expect(found(config, 'engine-not-inherited')).toEqual([]);
    });

    it('near miss: a strategy without its own block uses the global sizer, which holds the value', () => {
      const config = engineConfig(
        { position_sizing: { method: 'percent_equity', equity_percentage: 0.2, ...CAP } },
        [strategy('s')],
      );
      expect(found(config, 'engine-not-inherited')).toEqual([]);
    });
  });

  describe('engine-block-ignored', () => {
    it.each(['percent_equity', 'fixed_units', 'kelly_criterion'])(
      'global %s with a strategy block: an error at the global method',
      (method) => {
        const config = engineConfig({ position_sizing: { method, ...CAP } }, [
          strategy('s', { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5 } }),
          strategy('t'),
        ]);
        const [d, ...rest] = found(config, 'engine-block-ignored');
        expect(rest).toEqual([]);
        expect(d).toMatchObject({ severity: 'error', path: ['position_sizing', 'method'] });
        expect(d?.message).toContain('1 strategy');
      },
    );

    it('at position_sizing_method when that is the key read', () => {
      const config = engineConfig(
        { position_sizing: { position_sizing_method: 'fixed_units', ...CAP } },
        [strategy('s', { position_sizing: { fixed_units: 1 } })],
      );
      expect(found(config, 'engine-block-ignored')[0]?.path).toEqual([
        'position_sizing',
        'position_sizing_method',
      ]);
    });

    it('near miss: no strategy has its own block', () => {
      const config = engineConfig({ position_sizing: { method: 'percent_equity', ...CAP } }, [
        strategy('s'),
        strategy('t', { position_sizing: {} }),
      ]);
      expect(found(config, 'engine-block-ignored')).toEqual([]);
    });

    it.each(['fixed_usd', 'risk_based'])(
      'near miss: global %s builds every strategy sizer',
      (method) => {
        const config = engineConfig({ position_sizing: { method, ...CAP } }, [
          strategy('s', { position_sizing: { fixed_usd_amount: 5 } }),
        ]);
        expect(found(config, 'engine-block-ignored')).toEqual([]);
      },
    );
  });

  describe('engine-fixed-stop', () => {
    it("a risk_based strategy: a warning at its stop_loss_pct, saying the guide's 3 % gives larger positions", () => {
      const config = engineConfig(
        { position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.01, ...CAP } },
        [strategy('s', { stop_loss_pct: 3 })],
      );
      const [d, ...rest] = found(config, 'engine-fixed-stop');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'warning', path: ['strategies', 0, 'stop_loss_pct'] });
      // guide 0.01 / 0.03 against the engine 0.01 / 0.10: the guide's size is larger
      expect(d?.message).toContain('10 %');
      expect(d?.message).toContain('3 %');
    });

    it('without stop_loss_pct: at the strategy', () => {
      const config = engineConfig(
        { position_sizing: { method: 'risk_based', risk_per_trade_pct: 0.01, ...CAP } },
        [strategy('s')],
      );
      expect(found(config, 'engine-fixed-stop')[0]?.path).toEqual(['strategies', 0]);
    });

    it('near miss: a fixed_usd strategy with a stop_loss_pct gets none', () => {
      const config = engineConfig(
        { position_sizing: { method: 'fixed_usd', fixed_usd_amount: 5, ...CAP } },
        [strategy('s', { stop_loss_pct: 3 })],
      );
      expect(found(config, 'engine-fixed-stop')).toEqual([]);
    });
  });

  describe('engine-root-cap', () => {
    it('a root max_position_size_usd: a warning at its key naming $2,000.00', () => {
      const config = engineConfig(
        { max_position_size_usd: 2000, position_sizing: { fixed_usd_amount: 5 } },
        [strategy('s')],
      );
      const analysis = analyze(config);
      const [d] = withCode(analysis, 'engine-root-cap');
      expect(d).toMatchObject({ severity: 'warning', path: ['max_position_size_usd'] });
      expect(d?.start).toEqual(lineColumnOf(analysis.text, '"max_position_size_usd"'));
      expect(d?.message).toContain('$2,000.00');
    });

    it('near miss: a root value of 0 caps nothing and is not flagged', () => {
      const config = engineConfig(
        { max_position_size_usd: 0, position_sizing: { fixed_usd_amount: 5 } },
        [strategy('s')],
      );
      expect(found(config, 'engine-root-cap')).toEqual([]);
    });

    it('near miss: max_position_size_usd inside position_sizing is not the root cap', () => {
      const config = engineConfig(
        { position_sizing: { fixed_usd_amount: 5, max_position_size_usd: 2000 } },
        [strategy('s')],
      );
      expect(found(config, 'engine-root-cap')).toEqual([]);
    });
  });

  describe('engine-unused', () => {
    it.each(['risk_adjustment', 'max_position_size_usd', 'max_position_size'])(
      'strategy-root %s: an info at its key',
      (key) => {
        const value = key === 'risk_adjustment' ? { enabled: false } : 5;
        const config = engineConfig({ position_sizing: { fixed_usd_amount: 5, ...CAP } }, [
          strategy('s', { [key]: value }),
        ]);
        const [d, ...rest] = found(config, 'engine-unused');
        expect(rest).toEqual([]);
        expect(d).toMatchObject({ severity: 'info', path: ['strategies', 0, key] });
      },
    );

    it('near miss: max_position_size_usd inside the strategy block is used, not flagged', () => {
      const config = engineConfig({ position_sizing: { fixed_usd_amount: 5, ...CAP } }, [
        strategy('s', { position_sizing: { max_position_size_usd: 5000 } }),
      ]);
      expect(found(config, 'engine-unused')).toEqual([]);
    });
  });

  describe('engine-start', () => {
    /** The paths of the engine-start errors, each checked to be an error. */
    function startPaths(config: unknown) {
      const list = found(config, 'engine-start');
      expect(list.every((d) => d.severity === 'error')).toBe(true);
      return list.map((d) => d.path);
    }

    it('near miss for all below: the base config starts', () => {
      expect(startPaths(engineConfig({}, [strategy('s')]))).toEqual([]);
    });

    it('no exchanges key: at the root', () => {
      const config = without(engineConfig({}, [strategy('s')]), 'exchanges');
      expect(startPaths(config)).toEqual([[]]);
      // near miss: an empty list is there
      expect(startPaths({ ...config, exchanges: [] })).toEqual([]);
    });

    it('an exchange without a name: at the entry', () => {
      expect(startPaths(engineConfig({ exchanges: [{ type: 'x' }] }, [strategy('s')]))).toEqual([
        ['exchanges', 0],
      ]);
    });

    it.each([
      ['a market without "-"', { market: 'ETH' }, ['strategies', 0, 'market']],
      ['no exchange', { exchange: '' }, ['strategies', 0, 'exchange']],
      ['an empty indicators list', { indicators: [] }, ['strategies', 0, 'indicators']],
      ['timeframe 2h', { timeframe: '2h' }, ['strategies', 0, 'timeframe']],
      ['timeframe 60m', { timeframe: '60m' }, ['strategies', 0, 'timeframe']],
      ['main_leverage 0', { main_leverage: 0 }, ['strategies', 0, 'main_leverage']],
      ['hedge_ratio 1.5', { hedge_ratio: 1.5 }, ['strategies', 0, 'hedge_ratio']],
      ['take_profit_pct -1', { take_profit_pct: -1 }, ['strategies', 0, 'take_profit_pct']],
      [
        'strategy-root risk_per_trade_pct 2',
        { risk_per_trade_pct: 2 },
        ['strategies', 0, 'risk_per_trade_pct'],
      ],
      ['hedge_leverage "abc"', { hedge_leverage: 'abc' }, ['strategies', 0, 'hedge_leverage']],
    ])('%s: at the value', (_label, extra, path) => {
      expect(startPaths(engineConfig({}, [strategy('s', extra)]))).toEqual([path]);
    });

    it.each([
      ['timeframe 1H (case-insensitive)', { timeframe: '1H' }],
      ['timeframe 01h (leading zero)', { timeframe: '01h' }],
      ['timeframe 1w', { timeframe: '1w' }],
      ['main_leverage "2" (float() reads it)', { main_leverage: '2' }],
      ['hedge_ratio 1', { hedge_ratio: 1 }],
      ['risk_per_trade_pct 1', { risk_per_trade_pct: 1 }],
    ])('near miss: %s starts', (_label, extra) => {
      expect(startPaths(engineConfig({}, [strategy('s', extra)]))).toEqual([]);
    });

    it('a missing market: at the strategy, naming the market as the setting at fault', () => {
      const s = without(strategy('s'), 'market');
      expect(startPaths(engineConfig({}, [s]))).toEqual([['strategies', 0]]);
      expect(found(engineConfig({}, [s]), 'engine-start')[0]?.setting).toEqual([
        'strategies',
        0,
        'market',
      ]);
      // near miss: a market that is there is the path itself, no setting besides
      const there = found(engineConfig({}, [strategy('s', { market: 'ETH' })]), 'engine-start');
      expect(there[0]?.setting).toBeUndefined();
    });

    it.each([
      ['disabled', { name: 'rsi', type: 'rsi', enabled: false }],
      ['of an unknown type', { name: 'rsi', type: 'magic' }],
    ])('naming an indicator that is %s: at the name in the list', (_label, indicator) => {
      const config = engineConfig({ indicators: [indicator] }, [strategy('s')]);
      expect(startPaths(config)).toEqual([['strategies', 0, 'indicators', 0]]);
    });

    it('near miss: an enabled indicator of a known type (macd) loads', () => {
      const config = engineConfig({ indicators: [{ name: 'rsi', type: 'macd', enabled: true }] }, [
        strategy('s'),
      ]);
      expect(startPaths(config)).toEqual([]);
    });

    it('an indicator when the file lists none: engine-start; when it lists others: the guide’s unknown-indicator', () => {
      const bare = without(engineConfig({}, [strategy('s')]), 'indicators');
      expect(startPaths(bare)).toEqual([['strategies', 0, 'indicators', 0]]);
      const other = engineConfig({ indicators: [{ name: 'macd', type: 'macd' }] }, [strategy('s')]);
      expect(startPaths(other)).toEqual([]);
      expect(found(other, 'unknown-indicator')).toHaveLength(1);
    });

    it('checks disabled strategies too', () => {
      expect(
        startPaths(engineConfig({}, [strategy('s', { enabled: false, market: 'BTC' })])),
      ).toEqual([['strategies', 0, 'market']]);
    });

    it('one error per cause', () => {
      const config = engineConfig({}, [
        strategy('s', { market: 'ETH', timeframe: '2h', exchange: null }),
      ]);
      expect(startPaths(config)).toHaveLength(3);
    });

    it('a non-numeric max_account_risk_pct the global block needs: at that key', () => {
      const config = engineConfig(
        { max_account_risk_pct: 'two', position_sizing: { fixed_usd_amount: 5 } },
        [strategy('s')],
      );
      expect(startPaths(config)).toEqual([['max_account_risk_pct']]);
      // near miss: the block sets risk_per_trade_pct, so the root value is never divided
      const set = engineConfig(
        {
          max_account_risk_pct: 'two',
          position_sizing: { fixed_usd_amount: 5, risk_per_trade_pct: 0.01 },
        },
        [strategy('s')],
      );
      expect(startPaths(set)).toEqual([]);
    });

    it('a comment is the not-strict-json warning, not an engine-start error', () => {
      const text = JSON.stringify(engineConfig({}, [strategy('s')]), null, 2).replace(
        '{',
        '{ // note',
      );
      const analysis = analyzeText(text);
      expect(withCode(analysis, 'not-strict-json')).toHaveLength(1);
      expect(withCode(analysis, 'engine-start')).toEqual([]);
    });
  });

  describe('bom', () => {
    const text = JSON.stringify(engineConfig({}, [strategy('s')]), null, 2);

    it('a leading byte order mark: a warning at the start of the file', () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
      const [d, ...rest] = withCode(analyzeBytes(bytes), 'bom');
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'warning', path: [], start: { line: 1, column: 1 } });
      expect(d?.fix).toBeUndefined();
    });

    it('near miss: the same text without one', () => {
      expect(withCode(analyzeBytes(new TextEncoder().encode(text)), 'bom')).toEqual([]);
    });

    it('is no engine-start error: the engine model reads the text as export would write it', () => {
      expect(withCode(analyzeText(text, true), 'engine-start')).toEqual([]);
    });
  });
});
