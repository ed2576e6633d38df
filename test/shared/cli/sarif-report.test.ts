import { describe, expect, it } from 'vitest';
import { codeDescription } from '../../../shared/cli/code-descriptions.ts';
import { artifactUri, SARIF_SCHEMA, sarifReport } from '../../../shared/cli/sarif-report.ts';
import { jsonDocument } from '../../../shared/cli/terminal-text.ts';
import type { DiagnosticCode } from '../../../shared/diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../../../shared/diagnostics/diagnostic.ts';
import { REPORTED } from './report-diagnostics.ts';

interface Rule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: string };
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
}

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules: Rule[] } };
    columnKind: string;
    results: Result[];
  }[];
}

/** The report as code scanning reads it: printed, then parsed back. */
function parsedReport(file: string, version?: string): Log {
  return JSON.parse(jsonDocument(sarifReport(file, REPORTED, version))) as Log;
}

describe('sarif-report', () => {
  describe('sarifReport()', () => {
    it('prints the golden SARIF 2.1.0 log', async () => {
      const text = jsonDocument(sarifReport('configs/desk.json', REPORTED, '1.2.3'));
      await expect(text).toMatchFileSnapshot('golden/annotations.sarif.json');
    });

    it('names the schema, the version and the tool', () => {
      const log = parsedReport('c.json', '1.2.3');
      expect(log.$schema).toBe(SARIF_SCHEMA);
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
      const driver = log.runs[0]!.tool.driver;
      expect(driver.name).toBe('spark-config');
      expect(driver.version).toBe('1.2.3');
      expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    });

    it('leaves the version out when it is not known', () => {
      expect(Object.keys(parsedReport('c.json').runs[0]!.tool.driver)).toEqual(['name', 'rules']);
    });

    it('has one rule per diagnostic code, with its description and level', () => {
      const rules = parsedReport('c.json').runs[0]!.tool.driver.rules;
      const codes = Object.keys(SEVERITY_OF) as DiagnosticCode[];
      expect(rules.map((r) => r.id)).toEqual(codes);
      const level = { error: 'error', warning: 'warning', info: 'note' } as const;
      for (const [i, code] of codes.entries()) {
        expect(rules[i]!.shortDescription.text).toBe(codeDescription(code));
        expect(rules[i]!.shortDescription.text).toMatch(/^\S.{10,}\.$/);
        expect(rules[i]!.defaultConfiguration.level).toBe(level[SEVERITY_OF[code]]);
      }
    });

    it('gives every diagnostic a result pointing at its rule, line and column', () => {
      const run = parsedReport('configs/desk.json').runs[0]!;
      expect(run.results).toHaveLength(REPORTED.length);
      for (const [i, d] of REPORTED.entries()) {
        const result = run.results[i]!;
        expect(result.ruleId).toBe(d.code);
        expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(d.code);
        expect(result.message.text).toBe(d.message);
        expect(result.locations).toHaveLength(1);
        const location = result.locations[0]!.physicalLocation;
        expect(location.artifactLocation.uri).toBe('configs/desk.json');
        expect(location.region).toEqual({ startLine: d.start.line, startColumn: d.start.column });
      }
      expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    });

    it('prints no results, but every rule, for a clean config', () => {
      const log = JSON.parse(jsonDocument(sarifReport('c.json', [], undefined))) as Log;
      expect(log.runs[0]!.results).toEqual([]);
      expect(log.runs[0]!.tool.driver.rules).toHaveLength(Object.keys(SEVERITY_OF).length);
    });
  });

  describe('artifactUri()', () => {
    it('keeps a relative path relative, with / separators and encoded segments', () => {
      expect(artifactUri('config.json')).toBe('config.json');
      expect(artifactUri('desk configs/100% #1.json')).toBe('desk%20configs/100%25%20%231.json');
      expect(artifactUri('configs\\desk.json')).toBe('configs/desk.json');
    });

    it('makes an absolute path a file: URI', () => {
      expect(artifactUri('/srv/desk/config.json')).toBe('file:///srv/desk/config.json');
      expect(artifactUri('C:\\desk\\config.json')).toBe('file:///C:/desk/config.json');
    });
  });
});
