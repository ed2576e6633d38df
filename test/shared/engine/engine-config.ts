import type { Analysis } from '../../../shared/analyze.ts';
import { analyzeText, indexStrategyErrors } from '../../../shared/analyze.ts';
import type { EnginePreview } from '../../../shared/engine/engine-preview.ts';
import type { Preview, PreviewInputs, StrategyPreview } from '../../../shared/sizing/preview.ts';
import { previewAll } from '../../../shared/sizing/preview.ts';

/** Equity 10,000 and price 3,000: the figures every hand derivation below starts from. */
export const E = 10_000;
export const P = 3_000;
export const INPUTS: PreviewInputs = { equity: E, defaultPrice: P };

/** A strategy the engine starts with: a market with "-", an exchange and a loaded indicator. */
export function strategy(
  name: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { name, market: 'ETH-USD', exchange: 'hyperliquid', indicators: ['rsi'], ...extra };
}

/** A whole config the engine starts with, around the given root keys and strategies. */
export function engineConfig(
  root: Record<string, unknown>,
  strategies: readonly Record<string, unknown>[],
): Record<string, unknown> {
  return {
    exchanges: [{ name: 'hyperliquid' }],
    indicators: [{ name: 'rsi', type: 'rsi' }],
    ...root,
    strategies,
  };
}

/** Analyzes a config written as pretty-printed JSON. */
export function analyze(config: unknown): Analysis {
  return analyzeText(JSON.stringify(config, null, 2));
}

/** The whole preview (guide and engine) of a config. */
export function previewOf(config: unknown, inputs: PreviewInputs = INPUTS): Preview {
  const analysis = analyze(config);
  return previewAll(analysis, indexStrategyErrors(analysis), inputs);
}

/** One strategy's preview row, by name. */
export function rowOf(
  config: unknown,
  name: string,
  inputs: PreviewInputs = INPUTS,
): StrategyPreview {
  const row = previewOf(config, inputs).strategies.find((r) => r.name === name);
  if (row === undefined) throw new Error(`no strategy ${name}`);
  return row;
}

/** One strategy's ENGINE object (SPEC §6), by name. */
export function engineOf(
  config: unknown,
  name: string,
  inputs: PreviewInputs = INPUTS,
): EnginePreview {
  const engine = rowOf(config, name, inputs).engine;
  if (engine === null) throw new Error(`no engine object for ${name}`);
  return engine;
}

/** A one-strategy config `s` under the given global block (undefined: no block at all). */
export function single(
  global: Record<string, unknown> | undefined,
  block: Record<string, unknown> | undefined,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const s = strategy('s', block === undefined ? extra : { ...extra, position_sizing: block });
  return engineConfig(global === undefined ? {} : { position_sizing: global }, [s]);
}

/** A copy of an object without one key. */
export function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}
