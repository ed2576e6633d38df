import type { DiagnosticCode } from '../diagnostics/diagnostic.ts';

// SPEC §5's "when" column, as a sentence a reviewer reads beside a finding. Codes the
// engine model adds are described here already; a code without a sentence fails to compile.
const DESCRIPTIONS = {
  syntax: 'The text does not parse as JSON.',
  encoding: 'The file is not valid UTF-8.',
  'not-strict-json':
    "Comments, trailing commas or a byte order mark, which the engine's json.load rejects.",
  bom: "The file starts with a byte order mark, which the engine's json.load rejects.",
  'duplicate-key': 'One object holds the same key twice; only the last value counts.',
  type: 'A value has the wrong type.',
  range: 'A value is outside its allowed range.',
  'unknown-method': 'The position sizing method is none of the known methods or aliases.',
  'missing-parameter': 'A parameter the sizing method needs is set nowhere.',
  'alias-conflict': 'The engine and guide spellings of one key disagree.',
  'duplicate-strategy': 'Two strategies share a name.',
  'unknown-indicator': 'A strategy names an indicator absent from indicators[].',
  'min-above-max': 'The effective minimum position size is above the maximum.',
  'no-max-limit': 'A strategy has no effective max_position_size_usd.',
  'always-capped': 'fixed_amount_usd is above the effective max_position_size_usd.',
  'unused-strategy-risk':
    "A strategy's root risk_per_trade_pct differs from its effective sizing value; the engine ignores the root one.",
  'suspicious-unit': 'A value looks like a percent where a fraction is expected, or the reverse.',
  'risk-band': 'The risk adjustment band is inverted, or the risk lies outside it.',
  'literal-secret': "An exchange's key or secret is a literal, not a ${ENV_VAR} reference.",
  'engine-alias': 'A key or method uses the engine spelling rather than the guide spelling.',
  'engine-start': 'The engine would exit at start-up on this config.',
  'engine-ignored-key': 'A sizing block sets a key the engine never reads.',
  'engine-unknown-method': 'A method the engine does not know: it sizes the strategy as fixed_usd.',
  'engine-not-inherited':
    'A parameter the strategy inherits in the guide model, but the engine does not pass down.',
  'engine-block-ignored':
    "The global method makes the engine ignore every strategy's own sizing block.",
  'engine-fixed-stop': 'The engine sizes risk_based strategies with a 10 % stop, whatever is set.',
  'engine-root-cap': 'The root max_position_size_usd caps every trade, above any strategy max.',
  'engine-unused': 'A value the engine validates or reads but never uses for sizing.',
} as const;

// Not a literal, so the codes still to come are allowed; every existing code must be there.
const BY_CODE: Readonly<Record<DiagnosticCode, string>> = DESCRIPTIONS;

/** One sentence saying what a diagnostic code means, for rule catalogues (SARIF). */
export function codeDescription(code: DiagnosticCode): string {
  return BY_CODE[code];
}
