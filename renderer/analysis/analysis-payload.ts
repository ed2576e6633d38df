import type { Analysis } from '../../shared/analyze.ts';
import type { Diagnostic, DraftDiagnostic } from '../../shared/diagnostics/diagnostic.ts';
import type { ParsedText } from '../../shared/parse/parse-text.ts';
import { parseText } from '../../shared/parse/parse-text.ts';
import { resolveEngine } from '../../shared/engine/engine-model.ts';
import { globalLayer, resolveCompactly } from '../../shared/resolve/resolve-strategies.ts';
import { readSizingLayer } from '../../shared/resolve/sizing-layer.ts';

/**
 * What a worker sends back of an {@link Analysis}: plain data only (structured-clone-able), and
 * neither the text, which the page already has, nor the resolved strategies: cloning those
 * (objects shared between strategies) costs several times what resolving them again does.
 */
export interface AnalysisPayload {
  readonly config: unknown;
  readonly strict: boolean;
  readonly drafts: readonly DraftDiagnostic[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The data of an analysis to post, without its text, strategies and lazy tree. */
export function toPayload(analysis: Analysis): AnalysisPayload {
  return {
    config: analysis.config,
    strict: analysis.parsed.strict,
    drafts: analysis.parsed.drafts,
    diagnostics: analysis.diagnostics,
  };
}

/**
 * The analysis of `text` again, from a payload: strategies are resolved from the config as
 * `analyzeText` resolves them, and their rows made at once (the page shows them); the syntax
 * tree is rebuilt only if asked for.
 */
export function fromPayload(text: string, bom: boolean, payload: AnalysisPayload): Analysis {
  let tree: { root: ReturnType<ParsedText['tree']> } | undefined;
  const parsed: ParsedText = {
    text,
    value: payload.config,
    strict: payload.strict,
    drafts: payload.drafts,
    tree() {
      tree ??= { root: parseText(text).tree() };
      return tree.root;
    },
  };
  const config = payload.config;
  const resolution = config === undefined ? undefined : resolveCompactly(config);
  return {
    text,
    bom,
    parsed,
    config,
    strategies: resolution?.rows() ?? [],
    globalLayer: config === undefined ? readSizingLayer(undefined) : globalLayer(config),
    // The guide's ways of writing blocks: the engine then reads each once (see analyzeText).
    engine:
      resolution === undefined
        ? undefined
        : resolveEngine(config, { blockIds: resolution.blockIds }),
    diagnostics: payload.diagnostics,
  };
}
