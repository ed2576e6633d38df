import { describe, expect, it } from 'vitest';
import { resolveEngine } from '../../../shared/engine/engine-model.ts';
import { loadedIndicators, startCauses } from '../../../shared/engine/engine-start.ts';
import { floatConvertible, validTimeframe } from '../../../shared/engine/python-text.ts';
import { engineConfig, strategy } from './engine-config.ts';

describe('engine/engine-start', () => {
  describe('validTimeframe(): ^(\\d+)([mhdw])$ on the lower-cased text, then the table', () => {
    it.each([
      '1m',
      '5m',
      '15m',
      '30m',
      '1h',
      '4h',
      '12h',
      '1d',
      '1w',
      '1H',
      '1D',
      '01h',
      '001h',
      '1h\n',
      '\u0661h',
    ])('accepts %o', (t) => expect(validTimeframe(t)).toBe(true));

    it.each(['2h', '60m', '0w', '3d', ' 1h', '1 h', '1h ', 'h', '1', '', '1hh'])(
      'rejects %o',
      (t) => expect(validTimeframe(t)).toBe(false),
    );
  });

  describe("floatConvertible(): what Python's float() reads", () => {
    it.each<unknown>([
      2,
      0,
      true,
      false,
      ' 2 ',
      '1_000',
      'inf',
      'nan',
      '1e3',
      '.5',
      '5.',
      '-Infinity',
      '+nan',
    ])('accepts %o', (v) => expect(floatConvertible(v)).toBe(true));

    it.each<unknown>(['1__0', '_1', '', 'abc', '0x10', '1e', '  ', null, [], {}])(
      'rejects %o',
      (v) => expect(floatConvertible(v)).toBe(false),
    );

    it('a NaN passes "≤ 0" tests but fails range tests: main_leverage "nan" starts, hedge_ratio "nan" does not', () => {
      expect(startCauses(engineConfig({}, [strategy('s', { main_leverage: 'nan' })]))).toEqual([]);
      const causes = startCauses(engineConfig({}, [strategy('s', { hedge_ratio: 'nan' })]));
      expect(causes.map((c) => c.path)).toEqual([['strategies', 0, 'hedge_ratio']]);
    });
  });

  describe('loadedIndicators()', () => {
    it('loads enabled indicators of a registered type, and says why the others are not loaded', () => {
      const { byName: loaded, crashes } = loadedIndicators({
        indicators: [
          { name: 'a', type: 'rsi' },
          { name: 'b', type: 'macd', enabled: false },
          { name: 'c', type: 'magic' },
          { name: 'd', type: 'bollinger', enabled: 1 },
        ],
      });
      expect(loaded.get('a')).toEqual({ loaded: true });
      expect(loaded.get('b')).toMatchObject({ loaded: false });
      expect(JSON.stringify(loaded.get('b'))).toContain('disabled');
      expect(loaded.get('c')).toMatchObject({ loaded: false });
      expect(JSON.stringify(loaded.get('c'))).toContain('magic');
      expect(loaded.get('d')).toEqual({ loaded: true });
      expect(crashes).toEqual([]);
    });

    it('keeps an earlier loaded entry when a later one of the same name is disabled', () => {
      const { byName } = loadedIndicators({
        indicators: [
          { name: 'a', type: 'rsi' },
          { name: 'a', type: 'rsi', enabled: false },
        ],
      });
      expect(byName.get('a')).toEqual({ loaded: true });
    });

    it('reports the entry whose parameters are not an object as a crash, at that entry', () => {
      const { crashes } = loadedIndicators({
        indicators: [
          { name: 'a', type: 'rsi' },
          { name: 'b', type: 'macd', parameters: [14] },
        ],
      });
      expect(crashes.map((c) => c.path)).toEqual([['indicators', 1]]);
    });

    it('near miss: a disabled entry with odd parameters is skipped before they are touched', () => {
      // indicator_factory.py skips a disabled indicator before `params['timeframe'] = …`
      const { crashes } = loadedIndicators({
        indicators: [{ name: 'b', type: 'macd', enabled: false, parameters: [14] }],
      });
      expect(crashes).toEqual([]);
    });
  });

  describe('resolveEngine().starts', () => {
    it('starts on the base config', () => {
      expect(resolveEngine(engineConfig({}, [strategy('s')])).starts).toBe(true);
    });

    it('does not start when strategies is not a list (the schema reports it; the engine crashes)', () => {
      expect(resolveEngine({ exchanges: [], strategies: { s: strategy('s') } }).starts).toBe(false);
    });

    it('does not start when position_sizing is not an object', () => {
      expect(resolveEngine(engineConfig({ position_sizing: 5 }, [strategy('s')])).starts).toBe(
        false,
      );
    });

    it('near miss: a falsy position_sizing (0) is the default sizer and starts', () => {
      expect(resolveEngine(engineConfig({ position_sizing: 0 }, [strategy('s')])).starts).toBe(
        true,
      );
    });

    it('starts with no strategies at all', () => {
      expect(resolveEngine({ exchanges: [] }).starts).toBe(true);
    });
  });
});
