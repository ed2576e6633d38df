import type {
  Diagnostic,
  DiagnosticCode,
  DraftDiagnostic,
  JsonPath,
} from './diagnostics/diagnostic.ts';
import { SEVERITY_OF } from './diagnostics/diagnostic.ts';
import { checkConfig } from './diagnostics/check-config.ts';
import { decodeUtf8 } from './encoding.ts';
import { canonicalKeyOf } from './sizing-keys.ts';
import type { ParsedText } from './parse/parse-text.ts';
import { parseText } from './parse/parse-text.ts';
import { locate } from './parse/locate.ts';
import type { ResolvedStrategy } from './resolve/resolve-strategies.ts';
import { resolveStrategies } from './resolve/resolve-strategies.ts';
import { lineStarts, positionAt } from './text-position.ts';

/** A document read, resolved and checked: what every view and command works from. */
export interface Analysis {
  readonly text: string;
  readonly bom: boolean;
  readonly parsed: ParsedText;
  /** The parsed config, or undefined while the text does not parse. */
  readonly config: unknown;
  readonly strategies: readonly ResolvedStrategy[];
  /** Sorted by position in the text. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads, resolves and checks document text. Never throws on any input. */
export function analyzeText(text: string, bom = false): Analysis {
  const parsed = parseText(text);
  const config = parsed.value;
  const strategies = config === undefined ? [] : resolveStrategies(config);
  const drafts = [...parsed.drafts];
  if (config !== undefined) {
    const reported = new Set(parsed.drafts.map((d) => pathKey(d.path)));
    drafts.push(...checkConfig(config, strategies).filter((d) => !reported.has(pathKey(d.path))));
  }
  return { text, bom, parsed, config, strategies, diagnostics: finalize(text, parsed, drafts) };
}

/** Reads file bytes: strict UTF-8 first, then as {@link analyzeText}. */
export function analyzeBytes(bytes: Uint8Array): Analysis {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return analyzeText(decoded.text, decoded.bom);
  const parsed: ParsedText = {
    text: '',
    value: undefined,
    strict: false,
    drafts: [],
    tree: () => undefined,
  };
  const diagnostic: Diagnostic = {
    code: 'encoding',
    severity: 'error',
    message: decoded.message,
    path: [],
    range: { offset: 0, length: 0 },
    start: decoded.position,
  };
  return {
    text: '',
    bom: false,
    parsed,
    config: undefined,
    strategies: [],
    diagnostics: [diagnostic],
  };
}

function finalize(
  text: string,
  parsed: ParsedText,
  drafts: readonly DraftDiagnostic[],
): Diagnostic[] {
  if (drafts.length === 0) return [];
  const starts = lineStarts(text);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of drafts) {
    const id = `${d.code}\u0000${pathKey(d.path)}\u0000${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const range = d.range ?? locate(parsed.tree(), d.path);
    out.push({
      ...d,
      severity: SEVERITY_OF[d.code],
      range,
      start: positionAt(starts, range.offset),
    });
  }
  return out.sort((a, b) => a.range.offset - b.range.offset);
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/**
 * The error codes that concern one strategy: on the strategy itself, or on a global value it
 * inherits. With `sizingOnly`, just those that make its size untrustworthy (SPEC §4).
 */
export function strategyErrors(
  analysis: Analysis,
  s: ResolvedStrategy,
  sizingOnly = false,
): DiagnosticCode[] {
  const codes: DiagnosticCode[] = [];
  for (const d of analysis.diagnostics) {
    if (d.severity !== 'error') continue;
    if (concernsStrategy(d.path, s, sizingOnly)) codes.push(d.code);
  }
  return codes;
}

const SIZING_FIELDS = new Set(['position_sizing', 'stop_loss_pct', 'risk_adjustment']);

function concernsStrategy(path: JsonPath, s: ResolvedStrategy, sizingOnly: boolean): boolean {
  if (path[0] === 'strategies' && path[1] === s.index) {
    if (!sizingOnly || path.length === 2) return true;
    return typeof path[2] === 'string' && SIZING_FIELDS.has(path[2]);
  }
  if (path[0] !== 'position_sizing') return false;
  if (path.length === 1) return true;
  const key = typeof path[1] === 'string' ? canonicalKeyOf(path[1]) : undefined;
  return key !== undefined && s.sizing.sources[key] === 'global';
}
