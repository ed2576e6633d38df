import type {
  Diagnostic,
  DiagnosticCode,
  DraftDiagnostic,
  JsonPath,
} from './diagnostics/diagnostic.ts';
import { SEVERITY_OF } from './diagnostics/diagnostic.ts';
import { checkConfig } from './diagnostics/check-config.ts';
import { decodeUtf8 } from './encoding.ts';
import type { CanonicalKey } from './sizing-keys.ts';
import { canonicalKeyOf } from './sizing-keys.ts';
import type { ParsedText } from './parse/parse-text.ts';
import { parseText } from './parse/parse-text.ts';
import { locate, locateInText } from './parse/locate.ts';
import type { EngineModel } from './engine/engine-model.ts';
import { resolveEngine } from './engine/engine-model.ts';
import type { ResolvedStrategy } from './resolve/resolve-strategies.ts';
import { globalLayer, resolveStrategies } from './resolve/resolve-strategies.ts';
import type { SizingLayer } from './resolve/sizing-layer.ts';
import { readSizingLayer } from './resolve/sizing-layer.ts';
import { lineStarts, positionAt } from './text-position.ts';

/** A document read, resolved and checked: what every view and command works from. */
export interface Analysis {
  readonly text: string;
  readonly bom: boolean;
  readonly parsed: ParsedText;
  /** The parsed config, or undefined while the text does not parse. */
  readonly config: unknown;
  readonly strategies: readonly ResolvedStrategy[];
  /** The global block as the guide reads it. */
  readonly globalLayer: SizingLayer;
  /** What the engine makes of the file (SPEC §7); undefined while the text does not parse. */
  readonly engine: EngineModel | undefined;
  /** Sorted by position in the text. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads, resolves and checks document text. Never throws on any input. */
export function analyzeText(text: string, bom = false): Analysis {
  const parsed = parseText(text);
  const config = parsed.value;
  const strategies = config === undefined ? [] : resolveStrategies(config);
  const engine = config === undefined ? undefined : resolveEngine(config);
  const drafts = [...parsed.drafts];
  if (bom) drafts.push(BOM_WARNING);
  if (config !== undefined && engine !== undefined) {
    // A value the parser already faulted is not reported again; a warning hides nothing.
    const faulted = parsed.drafts.filter((d) => SEVERITY_OF[d.code] === 'error');
    const reported = new Set(faulted.map((d) => pathKey(d.path)));
    const found = checkConfig(config, strategies, engine);
    drafts.push(...found.filter((d) => !reported.has(pathKey(d.path))));
  }
  return {
    text,
    bom,
    parsed,
    config,
    strategies,
    globalLayer: config === undefined ? EMPTY_LAYER : globalLayer(config),
    engine,
    diagnostics: finalize(text, parsed, drafts),
  };
}

const EMPTY_LAYER = readSizingLayer(undefined);

/** SPEC §5 `bom`: the engine's `json.load` rejects a leading byte order mark. */
const BOM_WARNING: DraftDiagnostic = {
  code: 'bom',
  message:
    'The file starts with a byte order mark: the engine exits on this file as saved. Export writes it without one.',
  path: [],
  range: { offset: 0, length: 0 },
};

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
    globalLayer: EMPTY_LAYER,
    engine: undefined,
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
  const fewToLocate = drafts.filter((d) => d.range === undefined).length <= 64;
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of drafts) {
    const id = `${d.code}\u0000${pathKey(d.path)}\u0000${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const range =
      d.range ??
      (fewToLocate ? locateInText(text, d.path, d.atKey) : locate(parsed.tree(), d.path, d.atKey));
    out.push({
      code: d.code,
      severity: SEVERITY_OF[d.code],
      message: d.message,
      path: d.path,
      range,
      start: positionAt(starts, range.offset),
      ...(d.setting === undefined ? {} : { setting: d.setting }),
      ...(d.fix === undefined ? {} : { fix: d.fix }),
    });
  }
  return out.sort((a, b) => a.range.offset - b.range.offset);
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** Error codes per strategy, indexed once so a 100,000-strategy preview stays linear. */
export interface StrategyErrorIndex {
  /** Every error concerning the strategy: on it, or on a global value it inherits. */
  all(s: ResolvedStrategy): DiagnosticCode[];
  /** Only the errors that make its size untrustworthy (SPEC §4: no size rather than a wrong one). */
  sizing(s: ResolvedStrategy): DiagnosticCode[];
}

const SIZING_FIELDS = new Set(['position_sizing', 'stop_loss_pct', 'risk_adjustment']);

/** Indexes the analysis' errors by strategy and by inherited global key. */
export function indexStrategyErrors(analysis: Analysis): StrategyErrorIndex {
  const own = new Map<number, IndexedError[]>();
  const wholeGlobal: IndexedError[] = [];
  const byGlobalKey = new Map<string, IndexedError[]>();
  for (const d of analysis.diagnostics) {
    if (d.severity !== 'error') continue;
    const [head, second, third] = d.path;
    // The engine model never makes the guide's size untrustworthy: it is shown beside it.
    const guide = !d.code.startsWith('engine-');
    if (head === 'strategies' && typeof second === 'number') {
      const sizing =
        guide && (third === undefined || (typeof third === 'string' && SIZING_FIELDS.has(third)));
      own.set(second, [...(own.get(second) ?? []), { code: d.code, sizing }]);
    } else if (head === 'position_sizing') {
      const entry = { code: d.code, sizing: guide };
      const key = typeof second === 'string' ? canonicalKeyOf(second) : undefined;
      if (second === undefined) wholeGlobal.push(entry);
      else if (key !== undefined) byGlobalKey.set(key, [...(byGlobalKey.get(key) ?? []), entry]);
    }
  }
  const errorsOf = (s: ResolvedStrategy): IndexedError[] => {
    const found = [...(own.get(s.index) ?? []), ...wholeGlobal];
    for (const [key, list] of byGlobalKey) {
      if (s.sizing.sources[key as CanonicalKey] === 'global') found.push(...list);
    }
    return found;
  };
  return {
    all: (s) => errorsOf(s).map((e) => e.code),
    sizing: (s) => errorsOf(s).flatMap((e) => (e.sizing ? [e.code] : [])),
  };
}

interface IndexedError {
  readonly code: DiagnosticCode;
  /** True when the error makes the guide's size untrustworthy. */
  readonly sizing: boolean;
}
