import type { Analysis } from '../analyze.ts';
import type { NotTraded } from '../engine/engine-preview.ts';
import { formatFraction, formatUsd } from '../format/money.ts';
import type { Preview } from './preview.ts';

/** Why a strategy's size is not in the engine's total. */
export type EngineLeftOut = NotTraded | 'no-price';
/** Why a strategy's size is not in the guide's total. */
export type GuideLeftOut = 'errors' | 'disabled' | 'no-price';

export interface LeftOut<R extends string> {
  readonly reason: R;
  readonly count: number;
}

/** What each total holds and what it leaves out, so no strategy drops out of a sum unsaid. */
export interface PreviewTotals {
  readonly strategies: number;
  readonly engine: {
    readonly total_usd: number;
    readonly trading: number;
    readonly left_out: readonly LeftOut<EngineLeftOut>[];
  };
  readonly guide: {
    readonly total_usd: number;
    readonly counted: number;
    readonly left_out: readonly LeftOut<GuideLeftOut>[];
  };
  readonly equity: number;
  /** The engine's global max_leverage when it is a usable number. */
  readonly leverage: number | undefined;
}

const ENGINE_ORDER: readonly EngineLeftOut[] = [
  'engine-start',
  'disabled',
  'no-price',
  'zero-size',
  'over-balance',
];
const GUIDE_ORDER: readonly GuideLeftOut[] = ['errors', 'disabled', 'no-price'];

function tally<R extends string>(order: readonly R[], reasons: readonly R[]): LeftOut<R>[] {
  return order
    .map((reason) => ({ reason, count: reasons.filter((r) => r === reason).length }))
    .filter((entry) => entry.count > 0);
}

function engineReason(row: Preview['strategies'][number], starts: boolean): EngineLeftOut | null {
  const engine = row.engine;
  if (engine === null || !starts) return 'engine-start';
  if (engine.not_traded === 'engine-start' || engine.not_traded === 'disabled')
    return engine.not_traded;
  if (engine.size_usd === null) return 'no-price';
  return engine.not_traded;
}

function guideReason(row: Preview['strategies'][number], enabled: boolean): GuideLeftOut | null {
  if (!enabled) return 'disabled';
  if (row.error === 'missing-price') return 'no-price';
  return row.error === null ? null : 'errors';
}

/** The totals of `analysis`'s preview, with what each leaves out. */
export function previewTotals(
  preview: Preview,
  analysis: Pick<Analysis, 'strategies' | 'engine'>,
): PreviewTotals {
  const engineReasons: EngineLeftOut[] = [];
  const guideReasons: GuideLeftOut[] = [];
  const starts = analysis.engine?.starts ?? false;
  const leverage = analysis.engine?.global.config.params.max_leverage;
  preview.strategies.forEach((row, i) => {
    const e = engineReason(row, starts);
    if (e !== null) engineReasons.push(e);
    const g = guideReason(row, analysis.strategies[i]?.enabled ?? true);
    if (g !== null) guideReasons.push(g);
  });
  const n = preview.strategies.length;
  const usable = typeof leverage === 'number' && Number.isFinite(leverage) && leverage > 0;
  return {
    strategies: n,
    engine: {
      total_usd: preview.engine_total_usd,
      trading: n - engineReasons.length,
      left_out: tally(ENGINE_ORDER, engineReasons),
    },
    guide: {
      total_usd: preview.total_usd,
      counted: n - guideReasons.length,
      left_out: tally(GUIDE_ORDER, guideReasons),
    },
    equity: preview.equity,
    leverage: usable ? leverage : undefined,
  };
}

const ENGINE_WORDS: Readonly<Record<EngineLeftOut, string>> = {
  'engine-start': 'the engine does not start',
  disabled: 'disabled',
  'no-price': 'no price',
  'zero-size': 'size $0.00',
  'over-balance': 'above equity: the engine drops it',
};
const GUIDE_WORDS: Readonly<Record<GuideLeftOut, string>> = {
  errors: 'errors',
  disabled: 'disabled',
  'no-price': 'no price',
};

const strategies = (n: number): string => `${n} ${n === 1 ? 'strategy' : 'strategies'}`;

function leftOutText<R extends string>(
  left: readonly LeftOut<R>[],
  words: Readonly<Record<R, string>>,
): string {
  return left.map((l) => `${strategies(l.count)} not counted: ${words[l.reason]}`).join('; ');
}

/** "2 strategies not counted: errors; 1 strategy not counted: above equity: the engine drops it". */
export function engineLeftOutText(totals: PreviewTotals): string {
  return leftOutText(totals.engine.left_out, ENGINE_WORDS);
}

export function guideLeftOutText(totals: PreviewTotals): string {
  return leftOutText(totals.guide.left_out, GUIDE_WORDS);
}

/** A share of equity as the CLI has always printed it: 0.2 → `20 %`, to 0.01 %. */
export function shareText(amount: number, of: number): string {
  return formatFraction(Math.round((amount / of) * 10_000) / 10_000);
}

/** "20 % of equity ($10,000.00) · 0.8 % of equity × leverage 25 ($250,000.00)". */
export function againstEquityText(totals: PreviewTotals): string {
  const { equity, leverage } = totals;
  const total = totals.engine.total_usd;
  const ofEquity = `${shareText(total, equity)} of equity (${formatUsd(equity)})`;
  if (leverage === undefined) return ofEquity;
  const power = equity * leverage;
  return `${ofEquity} · ${shareText(total, power)} of equity × leverage ${leverage} (${formatUsd(power)})`;
}
