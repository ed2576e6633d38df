import type { Preview, StrategyPreview } from '../../shared/sizing/preview.ts';

/** The chart's fixed measures, in SVG pixels. */
export const CHART = { width: 320, bar: 16, gap: 6, label: 110, shown: 12, axis: 24 } as const;

type Band = { readonly min_usd: number; readonly max_usd: number };

/** One bar as drawn: where it is and how long, its risk band's ends, and its label. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly total: boolean;
  readonly y: number;
  readonly length: number;
  readonly band: (Band & { readonly x1: number; readonly x2: number }) | null;
}

/** Everything the allocation chart draws, in pixels: no React, no theme. */
export interface ChartGeometry {
  readonly height: number;
  readonly bars: readonly ChartBar[];
  /** The equity × max leverage line, when the global block sets max_leverage. */
  readonly cap: { readonly value: number; readonly x: number; readonly labelX: number } | null;
}

interface Sized {
  readonly label: string;
  readonly value: number;
  readonly band: Band | null;
  readonly total: boolean;
}

/** What a row puts at work: what the engine trades, or the guide's size where there is no engine model. */
function tradedSize(r: StrategyPreview): number | null {
  if (r.engine === null || r.engine === undefined) return r.size_usd;
  return r.engine.trades ? r.engine.size_usd : null;
}

/** The largest sizes first; past {@link CHART.shown}, the rest as one "N more" bar; then the total. */
function barsOf(preview: Preview, enabled: (index: number) => boolean): Sized[] {
  const sized = preview.strategies
    .flatMap((r, i) => {
      const value = tradedSize(r);
      return enabled(i) && value !== null
        ? [{ label: r.name, value, band: r.band, total: false }]
        : [];
    })
    .sort((a, b) => b.value - a.value);
  const modelled = preview.strategies.some((r) => r.engine !== null && r.engine !== undefined);
  const bars = sized.slice(0, CHART.shown);
  const rest = sized.slice(CHART.shown);
  if (rest.length > 0) {
    const value = rest.reduce((t, b) => t + b.value, 0);
    bars.push({ label: `${rest.length} more`, value, band: null, total: false });
  }
  const total = modelled ? preview.engine_total_usd : preview.total_usd;
  bars.push({ label: 'Total', value: total, band: null, total: true });
  return bars;
}

/** Lays out the chart of `preview`'s enabled strategies, scaled so the longest bar, band or cap fits. */
export function chartGeometry(
  preview: Preview,
  enabled: (index: number) => boolean,
  cap: number | undefined,
): ChartGeometry {
  const sized = barsOf(preview, enabled);
  const max = Math.max(1, cap ?? 0, ...sized.map((b) => Math.max(b.value, b.band?.max_usd ?? 0)));
  const plot = CHART.width - CHART.label - 8;
  const x = (v: number) => CHART.label + (v / max) * plot;
  const bars = sized.map((b, i) => ({
    label: b.label,
    value: b.value,
    total: b.total,
    y: i * (CHART.bar + CHART.gap),
    length: Math.max(1, x(b.value) - CHART.label),
    band: b.band === null ? null : { ...b.band, x1: x(b.band.min_usd), x2: x(b.band.max_usd) },
  }));
  return {
    height: bars.length * (CHART.bar + CHART.gap) + CHART.axis,
    bars,
    cap:
      cap === undefined
        ? null
        : { value: cap, x: x(cap), labelX: Math.min(x(cap), CHART.width - 4) },
  };
}
