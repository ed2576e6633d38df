import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import type { SearchableStrategy } from '../../../shared/ui-model/settings-search.ts';
import {
  isEmptyQuery,
  matchGlobal,
  matchStrategy,
  parseQuery,
} from '../../../shared/ui-model/settings-search.ts';
import {
  searchableGlobalFields,
  searchableStrategy,
} from '../../../shared/ui-model/searchable-strategy.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

// btc_inherits_all: fixed_usd 750 (global), max 4000 (global); eth_risk_based: method set,
// risk 0.01 (global); sol_percent: disabled, percent 0.3 and max 2500 set on it.
const analysis = analyzeText(fixtureText('mixed-inheritance.jsonc'));
const NO_FACTS = {
  errors: 0,
  diverges: false,
  engineEnabled: true,
  fieldErrors: new Set<string>(),
};
const strategies = analysis.strategies.map((s) => searchableStrategy(s, NO_FACTS));

/** The names a query keeps. */
function kept(query: string, list: readonly SearchableStrategy[] = strategies): string[] {
  const q = parseQuery(query);
  return list.filter((s) => matchStrategy(s, q).matches).map((s) => s.name);
}

/** The field keys a query picks out in one strategy. */
function fieldsOf(query: string, name: string, list = strategies): string[] {
  const s = list.find((x) => x.name === name);
  if (s === undefined) throw new Error(name);
  return [...matchStrategy(s, parseQuery(query)).fields].sort();
}

const ALL = ['btc_inherits_all', 'eth_risk_based', 'sol_percent'];

describe('ui-model/settings-search', () => {
  describe('parseQuery()', () => {
    it('splits words and filters, case-insensitively', () => {
      expect(parseQuery('  BTC  @Errors max ')).toEqual({
        terms: ['btc', 'max'],
        filters: ['errors'],
        unknown: [],
      });
    });

    it('keeps misspelt and bare filters apart from the known ones', () => {
      expect(parseQuery('@overriden @error @ overridden').unknown).toEqual([
        '@overriden',
        '@error',
        '@',
      ]);
      expect(parseQuery('overridden').filters).toEqual([]);
    });

    it('is empty for blanks only', () => {
      expect(isEmptyQuery(parseQuery('   '))).toBe(true);
      expect(isEmptyQuery(parseQuery('@x'))).toBe(false);
    });
  });

  describe('words', () => {
    it('keep every strategy for an empty query', () => {
      expect(kept('')).toEqual(ALL);
    });

    it('find strategy names and markets by any part', () => {
      expect(kept('eth_')).toEqual(['eth_risk_based']);
      expect(kept('sol-usd')).toEqual(['sol_percent']);
      expect(kept('BTC')).toEqual(['btc_inherits_all']);
      expect(kept('doge')).toEqual([]);
    });

    it('find fields by key in either spelling, and pick those fields out', () => {
      expect(kept('max_position')).toEqual(ALL);
      expect(fieldsOf('max_position', 'btc_inherits_all')).toEqual(['max_position_size_usd']);
      // The engine's spelling of percent_equity, shown only where the method reads it.
      expect(kept('equity_percentage')).toEqual(['sol_percent']);
      expect(fieldsOf('equity_percentage', 'sol_percent')).toEqual(['percent_equity']);
      expect(kept('max_positions')).toEqual([]);
      // A word starts the key's or label's word: "eth" is a market, not part of "method".
      expect(kept('eth')).toEqual(['eth_risk_based']);
      expect(kept('ax_position')).toEqual([]);
    });

    it('find fields by label', () => {
      expect(kept('risk per trade')).toEqual(['eth_risk_based']);
      expect(fieldsOf('leverage', 'sol_percent')).toEqual(['max_leverage']);
    });

    it('find values: numbers as typed or formatted, inherited ones too', () => {
      expect(kept('4000')).toEqual(['btc_inherits_all', 'eth_risk_based']);
      expect(kept('$4,000')).toEqual(['btc_inherits_all', 'eth_risk_based']);
      expect(kept('4k')).toEqual(['btc_inherits_all', 'eth_risk_based']);
      expect(fieldsOf('2500', 'sol_percent')).toEqual(['max_position_size_usd']);
      expect(kept('1%')).toEqual(['eth_risk_based']);
      expect(kept('0.01')).toEqual(['eth_risk_based']);
    });

    it('do not find a number inside another (near misses)', () => {
      expect(kept('400')).toEqual([]);
      expect(kept('40000')).toEqual([]);
      expect(kept('250')).toEqual([]);
      expect(kept('1')).toEqual([]);
    });

    it('find method values by any part', () => {
      expect(kept('risk_based')).toEqual(['eth_risk_based']);
      expect(fieldsOf('percent_eq', 'sol_percent')).toEqual(['method', 'percent_equity']);
    });

    it('must all find the strategy, in any of its fields or names', () => {
      expect(kept('eth 4000')).toEqual(['eth_risk_based']);
      expect(kept('eth 2500')).toEqual([]);
      expect(fieldsOf('max_position 4000', 'btc_inherits_all')).toEqual(['max_position_size_usd']);
    });
  });

  describe('filters', () => {
    const withFacts = analysis.strategies.map((s, i) =>
      searchableStrategy(s, {
        errors: i === 1 ? 2 : 0,
        diverges: i === 0,
        engineEnabled: i !== 0 || true,
        fieldErrors: new Set(i === 1 ? ['method'] : []),
      }),
    );

    it('@overridden keeps strategies that set a sizing value and picks out the overrides', () => {
      expect(kept('@overridden')).toEqual(['eth_risk_based', 'sol_percent']);
      expect(fieldsOf('@overridden', 'sol_percent')).toEqual([
        'max_position_size_usd',
        'method',
        'percent_equity',
      ]);
    });

    it('@overridden leaves out an empty override block', () => {
      const text = fixtureText('mixed-inheritance.jsonc').replace(
        '"market": "BTC-USD"',
        '"market": "BTC-USD", "position_sizing": {}',
      );
      const list = analyzeText(text).strategies.map((s) => searchableStrategy(s, NO_FACTS));
      expect(kept('@overridden', list)).toEqual(['eth_risk_based', 'sol_percent']);
    });

    it('@errors keeps strategies with errors, not those with none', () => {
      expect(kept('@errors', withFacts)).toEqual(['eth_risk_based']);
      expect(fieldsOf('@errors', 'eth_risk_based', withFacts)).toEqual(['method']);
      expect(kept('@errors')).toEqual([]);
    });

    it('@disabled keeps what the guide or the engine does not run', () => {
      expect(kept('@disabled')).toEqual(['sol_percent']);
      const engineOff = analysis.strategies.map((s, i) =>
        searchableStrategy(s, { ...NO_FACTS, engineEnabled: i !== 0 }),
      );
      expect(kept('@disabled', engineOff)).toEqual(['btc_inherits_all', 'sol_percent']);
    });

    it('@diverges keeps the strategies the engine sizes differently', () => {
      expect(kept('@diverges', withFacts)).toEqual(['btc_inherits_all']);
      expect(kept('@diverges')).toEqual([]);
    });

    it('combine with each other and with words', () => {
      expect(kept('@overridden @disabled')).toEqual(['sol_percent']);
      expect(kept('@overridden eth')).toEqual(['eth_risk_based']);
      expect(kept('@overridden btc')).toEqual([]);
    });

    it('an unknown filter keeps nothing', () => {
      expect(kept('@overriden')).toEqual([]);
      expect(kept('eth @x')).toEqual([]);
    });
  });

  describe('the global block', () => {
    const fields = searchableGlobalFields(analysis.globalLayer);
    const picked = (query: string, from = fields) => [...matchGlobal(from, parseQuery(query))];

    it('picks out its fields by key, label and value, defaults included', () => {
      expect(picked('750')).toEqual(['fixed_amount_usd']);
      expect(picked('kelly_max')).toEqual(['kelly_max_position_pct']);
      expect(picked('elly')).toEqual([]);
      expect(picked('0.25')).toEqual(['kelly_max_position_pct']);
      expect(picked('stop')).toEqual(['default_stop_loss_pct']);
      expect(picked('leverage')).toEqual(['max_leverage']);
      const bare = searchableGlobalFields(analyzeText('{}').globalLayer);
      expect(picked('5%', bare)).toEqual(['default_stop_loss_pct']);
      expect(picked('fixed_usd', bare)).toEqual(['method', 'fixed_amount_usd']);
    });

    it('matches only when every word finds one of its fields, as a strategy does', () => {
      expect(picked('max_position 4000')).toEqual([
        'max_position_size_usd',
        'kelly_max_position_pct',
      ]);
      expect(picked('leverage stop')).toEqual(['max_leverage', 'default_stop_loss_pct']);
      // It has no name or market: a word that only finds a strategy leaves it out.
      expect(picked('leverage btc')).toEqual([]);
      expect(kept('leverage btc')).toEqual(['btc_inherits_all']);
    });

    it('is left alone by the filters, and an unknown one keeps nothing', () => {
      expect(picked('@errors leverage')).toEqual(['max_leverage']);
      expect(picked('@overridden')).toEqual([]);
      expect(picked('leverage @overriden')).toEqual([]);
      expect(picked('')).toEqual([]);
    });
  });
});
