import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import type { Diagnostic } from '../../../shared/diagnostics/diagnostic.ts';
import { codesOf, mergeProblems } from '../../../renderer/state/merge-problems.ts';
import {
  problemCountsOf,
  problemsOf,
  problemsSummary,
  problemsTabLabel,
} from '../../../renderer/state/problems.ts';
import { ENGINE_READY, ON_EXCHANGE } from '../../fixtures/engine-ready.ts';

/** A config the engine starts with, one strategy carrying `strategy`'s keys. */
function withStrategy(strategy: object, root: object = {}): string {
  return JSON.stringify({
    ...ENGINE_READY,
    position_sizing: { method: 'fixed_usd', fixed_usd_amount: 1000, max_position_size_usd: 5000 },
    strategies: [{ name: 'a', market: 'ETH-USD', ...ON_EXCHANGE, ...strategy }],
    ...root,
  });
}

function codes(text: string): string[][] {
  return problemsOf(analyzeText(text)).map((p) => [...codesOf(p)]);
}

describe('problems', () => {
  describe('problemCountsOf()', () => {
    it('counts errors and warnings as problems and infos apart, once per analysis', () => {
      // An unknown indicator (error), a suspicious stop (warning), an unused risk_adjustment (info).
      const analysis = analyzeText(
        withStrategy({
          indicators: ['rsi_1h', 'nope'],
          stop_loss_pct: 0.03,
          risk_adjustment: { enabled: false },
        }),
      );
      const counts = problemCountsOf(analysis);
      expect(problemCountsOf(analysis)).toBe(counts);
      expect(counts).toEqual({ errors: 1, warnings: 1, infos: 1, problems: 2 });
      expect(problemsSummary(counts)).toBe('2 problems · 1 info');
      expect(problemsTabLabel(counts)).toBe('Problems (2) · 1 info');
    });

    it('says "No problems" exactly when the tab counts none, infos or not', () => {
      const n = fc.nat({ max: 30 });
      fc.assert(
        fc.property(n, n, n, (errors, warnings, infos) => {
          const problems = errors + warnings;
          const counts = { errors, warnings, infos, problems };
          const summary = problemsSummary(counts);
          const tab = problemsTabLabel(counts);
          expect(tab.startsWith(`Problems (${problems})`)).toBe(true);
          expect(summary.startsWith('No problems')).toBe(problems === 0);
          if (problems > 0) expect(summary.startsWith(`${problems} problem`)).toBe(true);
          expect(summary.includes('info')).toBe(infos > 0);
          expect(tab.includes('info')).toBe(infos > 0);
        }),
      );
    });
  });

  describe('problemsOf()', () => {
    it('makes one problem of an unknown method that the guide and the engine both report', () => {
      const text = withStrategy({ position_sizing: { method: 'foo' } });
      const analysis = analyzeText(text);
      // The analysis (and so the CLI) keeps both codes, as SPEC §5 and §6 specify.
      expect(analysis.diagnostics.map((d) => d.code)).toEqual([
        'unknown-method',
        'engine-unknown-method',
      ]);
      const [problem, ...rest] = problemsOf(analysis);
      expect(rest).toEqual([]);
      expect(problem && codesOf(problem)).toEqual(['unknown-method', 'engine-unknown-method']);
      expect(problem?.severity).toBe('error');
      expect(problem?.message).toBe(
        'Strategy "a": unknown method the text "foo". Use one of fixed_usd, risk_based, percent_equity, fixed_units, kelly_criterion. ' +
          'The engine does not know the method "foo" and sizes as fixed_usd instead.',
      );
      expect(problem?.path).toEqual(['strategies', 0, 'position_sizing', 'method']);
    });

    it('merges a strategy value out of range or of the wrong type with the engine refusing to start on it', () => {
      expect(codes(withStrategy({ stop_loss_pct: -1 }))).toEqual([['range', 'engine-start']]);
      expect(codes(withStrategy({ hedge_ratio: 2 }))).toEqual([['range', 'engine-start']]);
      expect(codes(withStrategy({ timeframe: 5 }))).toEqual([['type', 'engine-start']]);
      expect(codes(withStrategy({ market: 5 }))).toEqual([['type', 'engine-start']]);
      const [p] = problemsOf(analyzeText(withStrategy({ stop_loss_pct: 'x' })));
      expect(p?.message).toBe(
        'Strategy "a": stop_loss_pct must be a number; found the text "x". The engine refuses to start: stop_loss_pct ("x") is not a number.',
      );
      expect(codes(JSON.stringify({ exchanges: { a: 1 }, strategies: [] }))).toEqual([
        ['type', 'engine-start'],
      ]);
    });

    it('keeps the more severe severity: a warning the engine makes an error is an error', () => {
      const problems = problemsOf(analyzeText(withStrategy({ risk_per_trade_pct: 2 })));
      const merged = problems.find((p) => codesOf(p).includes('suspicious-unit'));
      expect(merged && codesOf(merged)).toEqual(['suspicious-unit', 'engine-start']);
      expect(merged?.severity).toBe('error');
      expect(merged?.message).toMatch(/looks like a percent.*The engine refuses to start/);
      // The root value being ignored is another fact about it, and stays its own problem.
      expect(problems.map((p) => p.code)).toContain('unused-strategy-risk');
    });

    it('merges two spellings with different values with the engine ignoring one of them', () => {
      const text = withStrategy({
        position_sizing: { method: 'fixed_usd', fixed_amount_usd: 10, fixed_usd_amount: 20 },
      });
      expect(analyzeText(text).diagnostics).toHaveLength(2);
      const [p, ...rest] = problemsOf(analyzeText(text));
      expect(rest).toEqual([]);
      expect(p && codesOf(p)).toEqual(['alias-conflict', 'engine-ignored-key']);
      expect(p?.message).toMatch(/Keep one\. The engine never reads fixed_amount_usd \(10\)/);
    });

    it('keeps apart what the guide and the engine say of one value for different reasons', () => {
      const text = withStrategy({
        risk_adjustment: { enabled: true, min_risk_pct: 0.5, max_risk_pct: 0.1 },
      });
      expect(codes(text)).toEqual([['risk-band'], ['engine-unused']]);
    });

    it('returns the very diagnostics when nothing merges', () => {
      const analysis = analyzeText(withStrategy({ stop_loss_pct: 0.03 }));
      expect(problemsOf(analysis)).toBe(analysis.diagnostics);
    });
  });

  describe('mergeProblems()', () => {
    const at = (code: Diagnostic['code'], severity: Diagnostic['severity'], offset: number) =>
      ({
        code,
        severity,
        message: `Strategy "a": ${code}.`,
        path: ['strategies', 0, 'position_sizing', 'method'],
        range: { offset, length: 3 },
        start: { line: 1, column: offset + 1 },
      }) satisfies Diagnostic;

    it('keeps a fix of either member and sits where the first of them sits', () => {
      const fix = { title: 'Write method "x"', actions: [] };
      const before = at('no-max-limit', 'warning', 0);
      const guide = at('unknown-method', 'error', 5);
      const engine = { ...at('engine-unknown-method', 'error', 5), fix };
      const after = at('risk-band', 'warning', 9);
      const problems = mergeProblems([before, engine, guide, after]);
      expect(problems.map((p) => codesOf(p))).toEqual([
        ['no-max-limit'],
        ['unknown-method', 'engine-unknown-method'],
        ['risk-band'],
      ]);
      expect(problems[1]?.fix).toBe(fix);
      expect(problems[1]?.message).toBe('Strategy "a": unknown-method. Engine-unknown-method.');
    });
  });
});
