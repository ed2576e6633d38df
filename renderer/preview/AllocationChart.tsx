import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import type { Analysis } from '../../shared/analyze.ts';
import { finite } from '../../shared/json-access.ts';
import { globalLayer } from '../../shared/resolve/resolve-strategies.ts';
import type { Preview } from '../../shared/sizing/preview.ts';
import { formatUsd } from '../../shared/format/money.ts';

const SHOWN = 12;
const BAR = 16;
const GAP = 6;
const LABEL = 110;
const WIDTH = 320;

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly band: { min_usd: number; max_usd: number } | null;
  readonly total?: boolean;
}

/** Each enabled strategy's size, the total, equity × max leverage as a line, and risk bands. */
export function AllocationChart({
  analysis,
  preview,
  equity,
}: {
  analysis: Analysis;
  preview: Preview;
  equity: number;
}) {
  const theme = useTheme();
  const sized = preview.strategies
    .filter((r, i) => analysis.strategies[i]?.enabled === true && r.size_usd !== null)
    .map((r) => ({ label: r.name, value: r.size_usd ?? 0, band: r.band }))
    .sort((a, b) => b.value - a.value);
  const bars: Bar[] = sized.slice(0, SHOWN);
  const rest = sized.slice(SHOWN);
  if (rest.length > 0)
    bars.push({
      label: `${rest.length} more`,
      value: rest.reduce((t, b) => t + b.value, 0),
      band: null,
    });
  bars.push({ label: 'Total', value: preview.total_usd, band: null, total: true });
  const leverage = finite(globalLayer(analysis.config).values.max_leverage);
  const cap = leverage === undefined ? undefined : equity * leverage;
  const max = Math.max(1, cap ?? 0, ...bars.map((b) => Math.max(b.value, b.band?.max_usd ?? 0)));
  const plot = WIDTH - LABEL - 8;
  const x = (v: number) => LABEL + (v / max) * plot;
  const height = bars.length * (BAR + GAP) + 24;
  const muted = theme.palette.text.secondary;
  return (
    <Box>
      <svg
        role="img"
        aria-label={`Allocation: total ${formatUsd(preview.total_usd)}${cap === undefined ? '' : `, leverage cap ${formatUsd(cap)}`}`}
        width={WIDTH}
        height={height}
        style={{ display: 'block', fontSize: 11, fontFamily: theme.typography.fontFamily }}
      >
        {bars.map((b, i) => {
          const y = i * (BAR + GAP);
          return (
            <g key={`${b.label}-${i}`}>
              <title>{`${b.label}: ${formatUsd(b.value)}${b.band === null ? '' : ` (band ${formatUsd(b.band.min_usd)} – ${formatUsd(b.band.max_usd)})`}`}</title>
              <text
                x={LABEL - 6}
                y={y + BAR - 4}
                textAnchor="end"
                fill={b.total === true ? theme.palette.text.primary : muted}
                fontWeight={b.total === true ? 600 : 400}
              >
                {b.label.length > 16 ? `${b.label.slice(0, 15)}…` : b.label}
              </text>
              <rect
                x={LABEL}
                y={y}
                width={Math.max(1, x(b.value) - LABEL)}
                height={BAR}
                rx={3}
                fill={b.total === true ? theme.palette.primary.main : theme.palette.primary.light}
                opacity={b.total === true ? 1 : 0.75}
              />
              {b.band !== null && (
                <line
                  data-testid="size-band"
                  x1={x(b.band.min_usd)}
                  x2={x(b.band.max_usd)}
                  y1={y + BAR / 2}
                  y2={y + BAR / 2}
                  stroke={theme.palette.warning.main}
                  strokeWidth={3}
                  strokeLinecap="round"
                />
              )}
            </g>
          );
        })}
        {cap !== undefined && (
          <g>
            <line
              x1={x(cap)}
              x2={x(cap)}
              y1={0}
              y2={height - 20}
              stroke={theme.palette.error.main}
              strokeDasharray="4 3"
            />
            <text
              x={Math.min(x(cap), WIDTH - 4)}
              y={height - 6}
              textAnchor="end"
              fill={theme.palette.error.main}
            >
              equity × max leverage {formatUsd(cap)}
            </text>
          </g>
        )}
      </svg>
    </Box>
  );
}
