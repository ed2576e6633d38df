import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics/diagnostic.ts';
import { SEVERITY_OF } from '../diagnostics/diagnostic.ts';
import { codeDescription } from './code-descriptions.ts';

/** SARIF's name for each severity. */
export type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A rule of the catalogue: one per diagnostic code. */
export interface SarifRule {
  readonly id: DiagnosticCode;
  readonly shortDescription: { readonly text: string };
  readonly defaultConfiguration: { readonly level: SarifLevel };
}

/** One finding, pointing at its rule by id and by index. */
export interface SarifResult {
  readonly ruleId: DiagnosticCode;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly [
    {
      readonly physicalLocation: {
        readonly artifactLocation: { readonly uri: string };
        readonly region: { readonly startLine: number; readonly startColumn: number };
      };
    },
  ];
}

/** The SARIF 2.1.0 log of one `check`. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [
    {
      readonly tool: {
        readonly driver: {
          readonly name: string;
          readonly version?: string;
          readonly rules: readonly SarifRule[];
        };
      };
      readonly columnKind: 'utf16CodeUnits';
      readonly results: readonly SarifResult[];
    },
  ];
}

/** A path as a URI reference: `/` separators, each segment percent-encoded. */
export function artifactUri(path: string): string {
  const segments = path.replaceAll('\\', '/').split('/').map(encodeURIComponent);
  const uri = segments.join('/');
  // An absolute path is a file: URI; a relative one stays relative to the checkout.
  if (path.startsWith('/')) return `file://${uri}`;
  return /^[A-Za-z]%3A\//.test(uri) ? `file:///${uri.replace('%3A', ':')}` : uri;
}

/** Every code, so a code scanning service can describe findings of any later run. */
function rules(): SarifRule[] {
  return (Object.keys(SEVERITY_OF) as DiagnosticCode[]).map((code) => ({
    id: code,
    shortDescription: { text: codeDescription(code) },
    defaultConfiguration: { level: LEVEL[SEVERITY_OF[code]] },
  }));
}

/** SARIF 2.1.0 for code scanning: the rule catalogue and one result per diagnostic. */
export function sarifReport(
  file: string,
  diagnostics: readonly Diagnostic[],
  toolVersion: string | undefined,
): SarifLog {
  const catalogue = rules();
  const index = new Map(catalogue.map((rule, i) => [rule.id, i]));
  const uri = artifactUri(file);
  const results = diagnostics.map((d): SarifResult => ({
    ruleId: d.code,
    ruleIndex: index.get(d.code) ?? -1,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: d.start.line, startColumn: d.start.column },
        },
      },
    ],
  }));
  const driver = {
    name: 'spark-config',
    ...(toolVersion === undefined ? {} : { version: toolVersion }),
    rules: catalogue,
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
}
