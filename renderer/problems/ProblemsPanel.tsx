import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useMemo, useRef } from 'react';
import type { Problem } from '../state/merge-problems.ts';
import { codesOf } from '../state/merge-problems.ts';
import type { ProblemCounts } from '../state/problems.ts';
import { problemCountsOf, problemsBreakdown, problemsOf } from '../state/problems.ts';
import { useDocument } from '../state/stores.ts';
import { applyFix, engineFixCount, fixAllEngineProblems } from './fix-commands.ts';
import { jumpTo } from './jump-to.ts';
import type { PanelRow } from './panel-rows.ts';
import { panelRows } from './panel-rows.ts';

const ICON = {
  error: <ErrorOutline color="error" fontSize="small" />,
  warning: <WarningAmberOutlined color="warning" fontSize="small" />,
  info: <InfoOutlined color="info" fontSize="small" />,
};

function where(p: Problem): string {
  const path = p.path
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`))
    .join('')
    .replace(/^\./, '');
  return `Line ${p.start.line}, column ${p.start.column}${path === '' ? '' : ` · ${path}`}`;
}

/** A message wraps to two lines at most (the whole of it in the tooltip). */
const TWO_LINES = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

/** Where the virtualizer places a row, and how it measures it. */
interface Placed {
  readonly index: number;
  readonly top: number;
  readonly measure: (el: HTMLElement | null) => void;
}

function placedProps({ index, top, measure }: Placed) {
  return {
    ref: measure,
    'data-index': index,
    sx: {
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      transform: `translateY(${top}px)`,
    },
  } as const;
}

/** One problem; a click goes to the field or the text that shows it. */
function ProblemRow({ p, placed }: { p: Problem; placed: Placed }) {
  const codes = codesOf(p).join(' + ');
  return (
    <ListItem
      {...placedProps(placed)}
      disablePadding
      secondaryAction={
        p.fix === undefined ? undefined : (
          <Button size="small" onClick={() => applyFix(p)} title={p.fix.title}>
            Fix
          </Button>
        )
      }
    >
      <ListItemButton
        data-code={p.code}
        data-codes={codesOf(p).join(' ')}
        onClick={() => jumpTo(p)}
        sx={{ py: 0.5 }}
      >
        <ListItemIcon sx={{ minWidth: 32 }}>{ICON[p.severity]}</ListItemIcon>
        <ListItemText
          primary={p.message}
          secondary={`${codes} · ${where(p)}${p.fix === undefined ? '' : ` · fix: ${p.fix.title}`}`}
          slotProps={{
            primary: { title: p.message, sx: TWO_LINES },
            secondary: { noWrap: true },
          }}
        />
      </ListItemButton>
    </ListItem>
  );
}

/** The counts, as the chip and the tab give them, and "Fix all engine problems" while any has a fix. */
function SummaryBar({ counts, fixes }: { counts: ProblemCounts; fixes: number }) {
  return (
    <Box
      sx={{
        px: 2,
        py: 0.5,
        minHeight: 40,
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="body2" data-testid="problems-summary">
        {problemsBreakdown(counts)}
      </Typography>
      {fixes > 0 && (
        <Button size="small" variant="outlined" onClick={fixAllEngineProblems}>
          Fix all engine problems ({fixes})
        </Button>
      )}
    </Box>
  );
}

function Row({ row, placed }: { row: PanelRow; placed: Placed }) {
  if (row.kind === 'problem') return <ProblemRow p={row.problem} placed={placed} />;
  const { sx, ...rest } = placedProps(placed);
  return (
    <ListSubheader {...rest} disableSticky sx={{ ...sx, lineHeight: '32px' }}>
      {row.text}
    </ListSubheader>
  );
}

/** The rows under `header`, virtualised: 100,000 problems scroll as smoothly as ten. */
function VirtualRows({ rows, header }: { rows: readonly PanelRow[]; header: ReactNode }) {
  // Its own: a ref set by a parent is not yet set when this component's layout effects run.
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only here
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
  });
  return (
    <Box ref={scroller} sx={{ flex: 1, overflow: 'auto' }}>
      {header}
      <List
        dense
        disablePadding
        aria-label="Problems"
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          const placed = {
            index: item.index,
            top: item.start,
            measure: virtualizer.measureElement,
          };
          return <Row key={item.key} row={row} placed={placed} />;
        })}
      </List>
    </Box>
  );
}

/** Errors and warnings in text order, then the infos; each leads to where it is shown. */
export function ProblemsPanel() {
  const problems = useDocument((s) => problemsOf(s.analysis));
  const counts = useDocument((s) => problemCountsOf(s.analysis));
  const rows = useMemo(() => panelRows(problems, counts), [problems, counts]);
  if (problems.length === 0) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        No problems: the config is valid.
      </Typography>
    );
  }
  return (
    <VirtualRows
      rows={rows}
      header={<SummaryBar counts={counts} fixes={engineFixCount(problems)} />}
    />
  );
}
