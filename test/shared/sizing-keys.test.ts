import { describe, expect, it } from 'vitest';
import {
  CANONICAL_KEYS,
  DEFAULTS,
  REQUIRED_BY_METHOD,
  canonicalKeyOf,
  canonicalMethodOf,
  spellingsOf,
} from '../../shared/sizing-keys.ts';

describe('sizing-keys', () => {
  describe('canonicalKeyOf()', () => {
    it.each([
      ['position_sizing_method', 'method'],
      ['fixed_usd_amount', 'fixed_amount_usd'],
      ['equity_percentage', 'percent_equity'],
    ])('reads the engine spelling %s as %s', (alias, canonical) => {
      expect(canonicalKeyOf(alias)).toBe(canonical);
    });

    it('reads every canonical key as itself', () => {
      for (const key of CANONICAL_KEYS) expect(canonicalKeyOf(key)).toBe(key);
    });

    it('knows no other keys, whatever the prototype holds', () => {
      for (const key of ['risk_pct', 'Method', 'constructor', '__proto__', 'toString'])
        expect(canonicalKeyOf(key)).toBeUndefined();
    });
  });

  describe('canonicalMethodOf()', () => {
    it('reads the methods and their aliases', () => {
      expect(canonicalMethodOf('kelly')).toBe('kelly_criterion');
      expect(canonicalMethodOf('equity_percentage')).toBe('percent_equity');
      expect(canonicalMethodOf('fixed_units')).toBe('fixed_units');
    });

    it('knows no other methods', () => {
      for (const value of ['Kelly', 'constructor', 'toString', 3, null, undefined])
        expect(canonicalMethodOf(value)).toBeUndefined();
    });
  });

  describe('spellingsOf()', () => {
    it('gives the canonical spelling first, then the engine one', () => {
      expect(spellingsOf('fixed_amount_usd')).toEqual(['fixed_amount_usd', 'fixed_usd_amount']);
      expect(spellingsOf('max_leverage')).toEqual(['max_leverage']);
    });
  });

  describe('DEFAULTS and REQUIRED_BY_METHOD', () => {
    it('match SPEC §3', () => {
      expect(DEFAULTS).toEqual({ method: 'fixed_usd', kelly_max_position_pct: 0.25 });
      expect(REQUIRED_BY_METHOD).toEqual({
        fixed_usd: ['fixed_amount_usd'],
        risk_based: ['risk_per_trade_pct'],
        percent_equity: ['percent_equity'],
        fixed_units: ['fixed_units'],
        kelly_criterion: ['kelly_win_rate', 'kelly_avg_win', 'kelly_avg_loss'],
      });
    });
  });
});
