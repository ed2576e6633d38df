import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { useTheme } from '@mui/material/styles';
import type { Analysis } from '../../shared/analyze.ts';
import { finite } from '../../shared/json-access.ts';
import { globalLayer } from '../../shared/resolve/resolve-strategies.ts';
import type { Preview } from '../../shared/sizing/preview.ts';
import { formatUsd } from '../../shared/format/money.ts';
import type { ChartBar, ChartGeometry } from './chart-geometry.ts';
import { CHART, chartGeometry } from './chart-geometry.ts';

function titleOf(b: ChartBar): string {
  const band =
    b.band === null ? '' : ` (band ${formatUsd(b.band.min_usd)} – ${formatUsd(b.band.max_usd)})`;
  return `${b.label}: ${formatUsd(b.value)}${band}`;
}

function Bar({ bar, theme }: { bar: ChartBar; theme: Theme }) {
  const { y, total } = bar;
  return (
    <g>
      <title>{titleOf(bar)}</title>
      <text
        x={CHART.label - 6}
        y={y + CHART.bar - 4}
        textAnchor="end"
        fill={total ? theme.palette.text.primary : theme.palette.text.secondary}
        fontWeight={total ? 600 : 400}
      >
        {bar.label.length > 16 ? `${bar.label.slice(0, 15)}…` : bar.label}
      </text>
      <rect
        x={CHART.label}
        y={y}
        width={bar.length}
        height={CHART.bar}
        rx={3}
        fill={total ? theme.palette.primary.main : theme.palette.primary.light}
        opacity={total ? 1 : 0.75}
      />
      {bar.band !== null && (
        <line
          data-testid="size-band"
          x1={bar.band.x1}
          x2={bar.band.x2}
          y1={y + CHART.bar / 2}
          y2={y + CHART.bar / 2}
          stroke={theme.palette.warning.main}
          strokeWidth={3}
          strokeLinecap="round"
        />
      )}
    </g>
  );
}

function CapLine({
  cap,
  height,
  theme,
}: {
  cap: NonNullable<ChartGeometry['cap']>;
  height: number;
  theme: Theme;
}) {
  const colour = theme.palette.error.main;
  return (
    <g>
      <line x1={cap.x} x2={cap.x} y1={0} y2={height - 20} stroke={colour} strokeDasharray="4 3" />
      <text x={cap.labelX} y={height - 6} textAnchor="end" fill={colour}>
        equity × max leverage {formatUsd(cap.value)}
      </text>
    </g>
  );
}

/** Each enabled strategy's size, the total, equity × max leverage as a line, and risk bands. */
export function AllocationChart(props: { analysis: Analysis; preview: Preview; equity: number }) {
  const { analysis, preview, equity } = props;
  const theme = useTheme();
  const leverage = finite(globalLayer(analysis.config).values.max_leverage);
  const capValue = leverage === undefined ? undefined : equity * leverage;
  const g = chartGeometry(preview, (i) => analysis.strategies[i]?.enabled === true, capValue);
  const capText = g.cap === null ? '' : `, leverage cap ${formatUsd(g.cap.value)}`;
  return (
    <Box>
      <svg
        role="img"
        aria-label={`Allocation the engine trades: total ${formatUsd(preview.engine_total_usd)}${capText}`}
        width={CHART.width}
        height={g.height}
        style={{ display: 'block', fontSize: 11, fontFamily: theme.typography.fontFamily }}
      >
        {g.bars.map((b, i) => (
          <Bar key={`${b.label}-${i}`} bar={b} theme={theme} />
        ))}
        {g.cap !== null && <CapLine cap={g.cap} height={g.height} theme={theme} />}
      </svg>
    </Box>
  );
}
