import { describe, expect, it } from 'vitest';
import type { Preview, StrategyPreview } from '../../../shared/sizing/preview.ts';
import { CHART, chartGeometry } from '../../../renderer/preview/chart-geometry.ts';

const row = (name: string, size: number | null, band: StrategyPreview['band'] = null) =>
  ({ name, size_usd: size, band }) as StrategyPreview;

const preview = (rows: StrategyPreview[]): Preview => ({
  equity: 10_000,
  strategies: rows,
  total_usd: rows.reduce((t, r) => t + (r.size_usd ?? 0), 0),
  engine_total_usd: 0,
});

const all = () => true;
const plot = CHART.width - CHART.label - 8;

describe('preview/chart-geometry', () => {
  describe('chartGeometry()', () => {
    it('draws the largest size first, then the total, scaled to the longest bar', () => {
      const g = chartGeometry(preview([row('a', 1000), row('b', 3000)]), all, undefined);
      expect(g.bars.map((b) => [b.label, b.value, b.total])).toEqual([
        ['b', 3000, false],
        ['a', 1000, false],
        ['Total', 4000, true],
      ]);
      expect(g.bars[2]?.length).toBeCloseTo(plot);
      expect(g.bars[1]?.length).toBeCloseTo(plot / 4);
      expect(g.bars.map((b) => b.y)).toEqual([0, 22, 44]);
      expect(g.height).toBe(3 * (CHART.bar + CHART.gap) + CHART.axis);
      expect(g.cap).toBeNull();
    });

    it('leaves out disabled strategies and those without a size', () => {
      const g = chartGeometry(
        preview([row('on', 100), row('off', 500), row('broken', null)]),
        (i) => i !== 1,
        undefined,
      );
      expect(g.bars.map((b) => b.label)).toEqual(['on', 'Total']);
    });

    it('folds strategies past the twelfth into one bar', () => {
      const rows = Array.from({ length: 15 }, (_, i) => row(`s${i}`, 100 + i));
      const g = chartGeometry(preview(rows), all, undefined);
      expect(g.bars).toHaveLength(CHART.shown + 2);
      expect(g.bars.at(-2)).toMatchObject({ label: '3 more', value: 100 + 101 + 102 });
    });

    it('scales to the leverage cap when it is the largest figure and keeps its label inside', () => {
      const g = chartGeometry(preview([row('a', 1000)]), all, 20_000);
      expect(g.cap).toEqual({ value: 20_000, x: CHART.label + plot, labelX: CHART.label + plot });
      expect(g.bars[0]?.length).toBeCloseTo(plot / 20);
    });

    it('places a risk band between its two sizes', () => {
      const g = chartGeometry(
        preview([row('a', 2000, { min_usd: 1000, max_usd: 4000 })]),
        all,
        undefined,
      );
      const band = g.bars[0]?.band;
      expect(band?.x1).toBeCloseTo(CHART.label + plot / 4);
      expect(band?.x2).toBeCloseTo(CHART.label + plot);
    });

    it('draws a bar at least one pixel long, even at zero', () => {
      const g = chartGeometry(preview([row('a', 0)]), all, undefined);
      expect(g.bars[0]?.length).toBe(1);
    });
  });
});
