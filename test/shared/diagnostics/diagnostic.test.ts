import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF, countBySeverity, hasErrors } from '../../../shared/diagnostics/diagnostic.ts';

function diagnostic(code: Diagnostic['code']): Diagnostic {
  return {
    code,
    severity: SEVERITY_OF[code],
    message: code,
    path: [],
    range: { offset: 0, length: 0 },
    start: { line: 1, column: 1 },
  };
}

describe('diagnostics/diagnostic', () => {
  describe('SEVERITY_OF', () => {
    it('has exactly the codes and severities of SPEC §5', () => {
      expect(SEVERITY_OF).toEqual({
        syntax: 'error',
        encoding: 'error',
        'not-strict-json': 'warning',
        'duplicate-key': 'error',
        type: 'error',
        range: 'error',
        'unknown-method': 'error',
        'missing-parameter': 'error',
        'alias-conflict': 'error',
        'duplicate-strategy': 'error',
        'unknown-indicator': 'error',
        'min-above-max': 'error',
        'no-max-limit': 'warning',
        'always-capped': 'warning',
        'unused-strategy-risk': 'warning',
        'suspicious-unit': 'warning',
        'risk-band': 'warning',
        'literal-secret': 'warning',
        bom: 'warning',
        'engine-start': 'error',
        'engine-ignored-key': 'error',
        'engine-unknown-method': 'error',
        'engine-not-inherited': 'error',
        'engine-block-ignored': 'error',
        'engine-fixed-stop': 'warning',
        'engine-root-cap': 'warning',
        'engine-unused': 'info',
      });
    });
  });

  describe('hasErrors()', () => {
    it('is true when any diagnostic is an error', () => {
      expect(hasErrors([diagnostic('engine-unused'), diagnostic('syntax')])).toBe(true);
    });

    it('is false for warnings and infos only', () => {
      expect(hasErrors([diagnostic('no-max-limit'), diagnostic('engine-unused')])).toBe(false);
      expect(hasErrors([])).toBe(false);
    });
  });

  describe('countBySeverity()', () => {
    it('counts each severity', () => {
      const list = ['type', 'range', 'risk-band', 'engine-unused'] as const;
      expect(countBySeverity(list.map(diagnostic))).toEqual({ error: 2, warning: 1, info: 1 });
    });
  });
});
