import type {
  Diagnostic,
  DiagnosticCode,
  DraftDiagnostic,
  JsonPath,
} from './diagnostics/diagnostic.ts';
import { SEVERITY_OF } from './diagnostics/diagnostic.ts';
import { checkResolution } from './diagnostics/check-config.ts';
import { finalizeDiagnostics } from './diagnostics/finalize-diagnostics.ts';
import { decodeUtf8 } from './encoding.ts';
import { firstIndicesOfNames } from './engine/name-set.ts';
import type { CanonicalKey } from './sizing-keys.ts';
import { canonicalKeyOf } from './sizing-keys.ts';
import type { ParsedText } from './parse/parse-text.ts';
import { parseText } from './parse/parse-text.ts';
import type { EngineModel } from './engine/engine-model.ts';
import { resolveEngine } from './engine/engine-model.ts';
import type { ResolvedStrategy, StrategyResolution } from './resolve/resolve-strategies.ts';
import { globalLayer, resolveCompactly } from './resolve/resolve-strategies.ts';
import type { SchemaIssue } from './schema/validate.ts';
import type { SizingLayer } from './resolve/sizing-layer.ts';
import { readSizingLayer } from './resolve/sizing-layer.ts';

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
  const parsed = parseText(text, { schema: true });
  const config = parsed.value;
  const resolution = resolveCompactly(config);
  const checked =
    config === undefined ? undefined : checkModels(config, resolution, parsed.schemaIssues);
  const drafts = bom ? [...parsed.drafts, BOM_WARNING] : parsed.drafts;
  const found = checked === undefined ? [] : notFaulted(parsed.drafts, checked.found);
  const diagnostics = finalizeDiagnostics(text, parsed, concat(drafts, found));
  return new TextAnalysis(text, bom, parsed, resolution, checked?.engine, diagnostics);
}

/**
 * The engine model of a parsed config and what the checks find in it (SPEC §5, §7), given its
 * guide resolution. The guide's and the engine's name checks share one table, each name hashed
 * once, and the engine reads each way of writing a block once, as the guide numbers them.
 */
export function checkModels(
  config: unknown,
  resolution: StrategyResolution,
  schemaIssues?: readonly SchemaIssue[],
): { readonly engine: EngineModel; readonly found: DraftDiagnostic[] } {
  const names = firstIndicesOfNames(resolution.entries);
  const engine = resolveEngine(config, { names, blockIds: resolution.blockIds });
  return { engine, found: checkResolution(config, resolution, engine, schemaIssues, names) };
}

/**
 * An analysis whose strategy rows are made when first read: the checks read the resolution
 * without them, and a worker's analysis, or `spark-config check`, never reads them. A class,
 * not a literal with a getter: the literal's closure kept each dead analysis' parsed file alive
 * until a full collection (every scavenge of a 5 MB file's analysis took 10 ms instead of 2).
 * Read `strategies` by name: the getter is the class's, so a spread of an analysis lacks it
 * (no caller spreads one; the worker posts the config and diagnostics, see analysis-payload.ts).
 */
class TextAnalysis implements Analysis {
  private rows: readonly ResolvedStrategy[] | undefined;
  readonly config: unknown;
  readonly globalLayer: SizingLayer;

  constructor(
    readonly text: string,
    readonly bom: boolean,
    readonly parsed: ParsedText,
    private readonly resolution: StrategyResolution,
    readonly engine: EngineModel | undefined,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    this.config = parsed.value;
    this.globalLayer = parsed.value === undefined ? EMPTY_LAYER : globalLayer(parsed.value);
  }

  get strategies(): readonly ResolvedStrategy[] {
    return (this.rows ??= this.resolution.rows());
  }
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

/** The found drafts but those on a value the parser already faulted; a warning hides nothing. */
function notFaulted(
  parsed: readonly DraftDiagnostic[],
  found: DraftDiagnostic[],
): DraftDiagnostic[] {
  const faulted = parsed.filter((d) => SEVERITY_OF[d.code] === 'error');
  // Nearly always none: then no path need be written out as a key.
  if (faulted.length === 0) return found;
  const reported = new Set(faulted.map((d) => pathKey(d.path)));
  return found.filter((d) => !reported.has(pathKey(d.path)));
}

/** Both lists as one, copying neither when one is empty. */
function concat(
  first: readonly DraftDiagnostic[],
  second: readonly DraftDiagnostic[],
): readonly DraftDiagnostic[] {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const all = first.slice();
  for (const d of second) all.push(d);
  return all;
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
