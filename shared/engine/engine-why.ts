import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import { finite } from '../json-access.ts';
import type { EngineParamKey } from './engine-keys.ts';
import {
  CANONICAL_OF_ENGINE,
  ENGINE_LIMIT_KEYS,
  ENGINE_READS,
  IGNORED_GUIDE_KEYS,
} from './engine-keys.ts';
import type { EngineSizerConfig, StrategySizerKind } from './engine-sizer.ts';
import type { EngineTrace } from './engine-size.ts';
import { arithmetic } from './python-values.ts';

/** SPEC §7: why the engine's size differs from the guide model's. */
export const WHY_CODES = [
  'ignored-key',
  'unknown-method',
  'not-inherited',
  'block-ignored',
  'fixed-stop',
  'default-limit',
  'limit-order',
  'root-cap',
  'root-default',
  'exception-fallback',
  'guide-error',
] as const;
export type WhyCode = (typeof WHY_CODES)[number];

/**
 * Sizes a trader would call equal: the engine's units round trip (÷ price, then × price) can
 * change the last bit of a double, which no one can see; a billionth of the size (or of a
 * dollar, for sizes that underflow) is far below a cent.
 */
export function sameSize(a: number, b: number): boolean {
  const gap = Math.abs(a - b);
  return a === b || gap < 1e-9 || gap <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Everything the comparison needs about one strategy. */
export interface WhyContext {
  readonly guide: ResolvedStrategy;
  readonly globalLayer: SizingLayer;
  /** The guide model's size, or null when it withholds one because of an error. */
  readonly guideSize: number | null;
  readonly sizer: StrategySizerKind;
  readonly trace: EngineTrace;
  readonly equity: number;
}

type Limits = Readonly<Record<(typeof ENGINE_LIMIT_KEYS)[number], number | undefined>>;

/** SPEC §4: max, then min, then leverage, each only when set. */
function guideLimits(v: number, limits: Limits, equity: number): number {
  if (v <= 0) return 0;
  let out = v;
  const { max_position_size_usd: max, min_position_size_usd: min, max_leverage: lev } = limits;
  if (max !== undefined && out > max) out = max;
  if (min !== undefined && out < min) out = min;
  if (lev !== undefined && out > equity * lev) out = equity * lev;
  return out;
}

/** ENGINE.md §4.4: three tests on the same base value, each overwriting the last. */
function engineLimits(v: number, limits: Limits, equity: number): number {
  if (v <= 0) return 0;
  let out = v;
  const { max_position_size_usd: max, min_position_size_usd: min, max_leverage: lev } = limits;
  if (max !== undefined && v > max) out = max;
  if (min !== undefined && v < min) out = min;
  if (lev !== undefined && v > equity * lev) out = equity * lev;
  return out;
}

function spelledAtSource(ctx: WhyContext, key: EngineParamKey): string | undefined {
  const canonical = CANONICAL_OF_ENGINE[key];
  const source = ctx.guide.sizing.sources[canonical];
  if (source === 'strategy') return ctx.guide.layer.spelled[canonical];
  if (source === 'global') return ctx.globalLayer.spelled[canonical];
  return undefined;
}

function parameterReason(ctx: WhyContext, config: EngineSizerConfig, key: EngineParamKey): WhyCode {
  const spelled = spelledAtSource(ctx, key);
  if (spelled !== undefined && Object.hasOwn(IGNORED_GUIDE_KEYS, spelled)) return 'ignored-key';
  if (config.sources[key] === 'root') return 'root-default';
  if (
    config.sources[key] === 'default' &&
    ctx.guide.sizing.sources[CANONICAL_OF_ENGINE[key]] === undefined
  )
    return 'guide-error';
  return 'not-inherited';
}

function limitReason(config: EngineSizerConfig, key: EngineParamKey, ignored: boolean): WhyCode {
  const source = config.sources[key];
  if (source === 'root') return 'root-default';
  return source !== 'default' && ignored ? 'block-ignored' : 'default-limit';
}

function limitReasons(
  ctx: WhyContext,
  config: EngineSizerConfig,
  ignored: boolean,
  add: (c: WhyCode) => void,
): void {
  const base = ctx.trace.base_usd;
  const E = ctx.equity;
  const guide = {} as Record<(typeof ENGINE_LIMIT_KEYS)[number], number | undefined>;
  const engine = {} as Record<(typeof ENGINE_LIMIT_KEYS)[number], number | undefined>;
  for (const key of ENGINE_LIMIT_KEYS) {
    guide[key] = finite(ctx.guide.sizing.values[key]);
    engine[key] = arithmetic(config.params[key]);
  }
  const asGuide = guideLimits(base, guide, E);
  const withEngineValues = guideLimits(base, engine, E);
  if (!sameSize(asGuide, withEngineValues)) {
    const differing = ENGINE_LIMIT_KEYS.filter((k) => guide[k] !== engine[k]);
    const decisive = differing.filter(
      (k) => !sameSize(asGuide, guideLimits(base, { ...guide, [k]: engine[k] }, E)),
    );
    for (const k of decisive.length > 0 ? decisive : differing)
      add(limitReason(config, k, ignored));
  }
  if (!sameSize(withEngineValues, engineLimits(base, engine, E))) add('limit-order');
  if (ctx.trace.limits.includes('root_cap')) add('root-cap');
}

/** Each code's bit, in {@link WHY_CODES} order, so a set of codes is a number. */
const WHY_BIT = Object.fromEntries(WHY_CODES.map((c, i) => [c, 1 << i])) as Record<WhyCode, number>;

/**
 * One frozen list per set of codes, shared by every strategy with that set: a preview of
 * 100,000 strategies holds a handful of lists, not one per row. Most strategies agree: [].
 */
const whyLists = new Map<number, WhyCode[]>();

function whyList(mask: number): WhyCode[] {
  const known = whyLists.get(mask);
  if (known !== undefined) return known;
  const list = Object.freeze(WHY_CODES.filter((c) => (mask & WHY_BIT[c]) !== 0)) as WhyCode[];
  whyLists.set(mask, list);
  return list;
}

// The guide's error first: these two keep the order they have always been reported in.
const GUIDE_ERROR_THEN_ROOT = Object.freeze(['guide-error', 'root-default']) as WhyCode[];
const GUIDE_ERROR_THEN_FALLBACK = Object.freeze(['guide-error', 'exception-fallback']) as WhyCode[];

/** The `why` of a strategy whose two sizes agree: one shared, frozen empty list. */
export const NO_WHY: WhyCode[] = whyList(0);

/** SPEC §7 `why`: empty exactly when the two sizes are equal, never empty when they differ. */
export function whyDiffers(ctx: WhyContext): WhyCode[] {
  const { guideSize, trace } = ctx;
  if (guideSize !== null && sameSize(guideSize, trace.size_usd)) return NO_WHY;
  // A root leverage that is not a number stops the trade: a root value the engine reads.
  const failure: WhyCode =
    trace.failure === 'root-leverage' ? 'root-default' : 'exception-fallback';
  if (guideSize === null)
    return trace.outcome === 'sized'
      ? whyList(WHY_BIT['guide-error'])
      : failure === 'root-default'
        ? GUIDE_ERROR_THEN_ROOT
        : GUIDE_ERROR_THEN_FALLBACK;
  if (trace.outcome !== 'sized')
    return whyList(trace.outcome === 'fallback' ? WHY_BIT['exception-fallback'] : WHY_BIT[failure]);
  let found = 0;
  const add = (code: WhyCode): void => void (found |= WHY_BIT[code]);
  const config = ctx.sizer.config;
  const ignored = ctx.sizer.sizer === 'global' && ctx.sizer.because === 'block-ignored';
  if (ignored) add('block-ignored');
  else if (!config.methodKnown) add('unknown-method');
  if (config.method !== ctx.guide.sizing.method) {
    if (found === 0) add('unknown-method');
  } else if (!ignored) {
    for (const key of ENGINE_READS[config.method]) {
      if (config.params[key] !== ctx.guide.sizing.values[CANONICAL_OF_ENGINE[key]])
        add(parameterReason(ctx, config, key));
    }
    if (config.method === 'risk_based' && ctx.guide.stop.fraction !== 0.1) add('fixed-stop');
  }
  limitReasons(ctx, config, ignored, add);
  return whyList(found);
}
