import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import type { EngineMethod } from './engine-keys.ts';
import type { EngineModel, EngineStrategy } from './engine-model.ts';
import type { StrategySizerKind } from './engine-sizer.ts';
import type { EngineTrace } from './engine-size.ts';
import { engineTradeSize } from './engine-size.ts';
import type { WhyCode } from './engine-why.ts';
import { NO_WHY, sameSize, whyDiffers } from './engine-why.ts';
import { TrialMap } from '../sharing-trial.ts';

/** Why the engine places no trade for a strategy (SPEC §6). */
export type NotTraded = 'engine-start' | 'disabled' | 'zero-size' | 'over-balance';

/** SPEC §6's ENGINE object: what the engine computes and trades for one strategy. */
export interface EnginePreview {
  readonly sizer: 'strategy' | 'global';
  readonly method: EngineMethod;
  /** null only while the strategy's market has no price to size at. */
  readonly size_usd: number | null;
  readonly size_units: number | null;
  readonly trades: boolean;
  readonly not_traded: NotTraded | null;
  readonly why: WhyCode[];
}

/** The inputs of one engine preview row. */
export interface EngineRowInputs {
  readonly model: EngineModel;
  readonly strategy: EngineStrategy;
  readonly guide: ResolvedStrategy;
  readonly globalLayer: SizingLayer;
  readonly guideSize: number | null;
  readonly equity: number;
  readonly price: number | null;
  readonly strength: number;
}

function notTraded(inputs: EngineRowInputs, size: number): NotTraded | null {
  if (!inputs.model.starts) return 'engine-start';
  if (!inputs.strategy.enabled) return 'disabled';
  if (!(size > 0)) return 'zero-size';
  // validate_trade drops (does not cap) a trade above the available balance.
  if (size > inputs.equity) return 'over-balance';
  return null;
}

/** The engine's trace for one strategy at a price, or undefined without a price. */
function engineTraceFor(inputs: EngineRowInputs): EngineTrace | undefined {
  if (inputs.price === null) return undefined;
  const { global } = inputs.model;
  return engineTradeSize(inputs.strategy.sizer.config, global.rootCap, global.rootLeverage, {
    equity: inputs.equity,
    price: inputs.price,
    strength: inputs.strength,
  });
}

/**
 * How the engine got to a strategy's size (which limits hit), for views that show more than SPEC
 * §6's shape holds: computed again on demand, for the rows on screen only.
 */
export function engineTraceAt(
  model: EngineModel,
  index: number,
  equity: number,
  price: number | null,
  strength: number,
): EngineTrace | undefined {
  const strategy = model.strategies[index];
  if (strategy === undefined || price === null) return undefined;
  return engineTradeSize(strategy.sizer.config, model.global.rootCap, model.global.rootLeverage, {
    equity,
    price,
    strength,
  });
}

/** SPEC §7: the engine's size, whether it trades, and why it differs from the guide's. */
function previewEngine(inputs: EngineRowInputs): EnginePreview {
  const { sizer } = inputs.strategy;
  const trace = engineTraceFor(inputs);
  if (trace === undefined) {
    return {
      sizer: sizer.sizer,
      method: sizer.config.method,
      size_usd: null,
      size_units: null,
      trades: false,
      not_traded: null,
      why: NO_WHY,
    };
  }
  return rowOf(inputs, trace);
}

/** The row of a strategy the engine sized as `trace` says. */
function rowOf(inputs: EngineRowInputs, trace: EngineTrace): EnginePreview {
  const { sizer } = inputs.strategy;
  const reason = notTraded(inputs, trace.size_usd);
  return {
    sizer: sizer.sizer,
    method: sizer.config.method,
    size_usd: trace.size_usd,
    size_units: trace.size_units,
    trades: reason === null,
    not_traded: reason,
    // Most strategies agree with the guide: they need no comparison context.
    why:
      inputs.guideSize !== null && sameSize(inputs.guideSize, trace.size_usd)
        ? NO_WHY
        : whyDiffers({
            guide: inputs.guide,
            globalLayer: inputs.globalLayer,
            guideSize: inputs.guideSize,
            sizer,
            trace,
            equity: inputs.equity,
          }),
  };
}

/** A trace at one price, and the rows of strategies whose two sizes agree, by `enabled`. */
interface SizedAt {
  readonly trace: EngineTrace;
  readonly agreeing: [disabled: EnginePreview | undefined, enabled: EnginePreview | undefined];
}

/**
 * The engine rows of one preview. A row depends only on the sizer, the price and `enabled` when
 * the two sizes agree (most strategies), so those strategies share one row object and one trace:
 * 100,000 strategies hold a few dozen rows instead of one each.
 */
export class EngineRows {
  /** Traces by sizer and price; in a file whose sizers all differ, it soon stores none. */
  private readonly traces = new TrialMap<StrategySizerKind, Map<number, SizedAt>>();
  private readonly inputs: Mutable<EngineRowInputs>;

  constructor(model: EngineModel, first: Omit<EngineRowInputs, 'model'>) {
    this.inputs = { model, ...first };
  }

  /** {@link previewEngine} of a strategy, whose guide row sized it at `guideSize`. */
  row(
    strategy: EngineStrategy,
    guide: ResolvedStrategy,
    guideSize: number | null,
    price: number | null,
  ): EnginePreview {
    const at = this.inputs;
    at.strategy = strategy;
    at.guide = guide;
    at.guideSize = guideSize;
    at.price = price;
    if (price === null) return previewEngine(at);
    const sized = this.sizedAt(strategy.sizer, price);
    if (guideSize === null || !sameSize(guideSize, sized.trace.size_usd))
      return rowOf(at, sized.trace);
    const slot = strategy.enabled ? 1 : 0;
    return (sized.agreeing[slot] ??= rowOf(at, sized.trace));
  }

  private sizedAt(sizer: StrategySizerKind, price: number): SizedAt {
    const byPrice = this.traces.get(sizer);
    const known = byPrice?.get(price);
    if (known !== undefined) return known;
    const trace = engineTraceFor(this.inputs) as EngineTrace;
    const sized: SizedAt = { trace, agreeing: [undefined, undefined] };
    if (byPrice !== undefined) byPrice.set(price, sized);
    else if (this.traces.storing) this.traces.set(sizer, new Map([[price, sized]]));
    return sized;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
