import type { SxProps, Theme } from '@mui/material/styles';

const ROW = 33;

/** The positions table's look: sticky header and names, sources told apart by colour and weight. */
export const SIZING_TABLE_SX: SxProps<Theme> = {
  borderCollapse: 'separate',
  borderSpacing: 0,
  fontSize: 12,
  fontVariantNumeric: 'tabular-nums',
  minWidth: '100%',
  '& th, & td': {
    px: 1,
    height: ROW,
    borderBottom: 1,
    borderColor: 'divider',
    whiteSpace: 'nowrap',
    textAlign: 'right',
  },
  '& [data-text="true"]': { textAlign: 'left' },
  // The name is the row's first cell (a th): only it sticks, above the cells sliding under it.
  '& tr > :first-child': {
    textAlign: 'left',
    position: 'sticky',
    left: 0,
    bgcolor: 'background.paper',
    zIndex: 1,
    maxWidth: 220,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  '& thead th': {
    position: 'sticky',
    top: 0,
    bgcolor: 'background.paper',
    zIndex: 2,
    fontWeight: 600,
    color: 'text.secondary',
    // Long labels ("Percent of equity") take two short lines, not a wide column of short figures.
    whiteSpace: 'normal',
    lineHeight: 1.2,
    verticalAlign: 'bottom',
    py: 0.5,
  },
  '& thead tr > :first-child': { zIndex: 3 },
  '& td[data-param="engine_size_usd"]': { fontWeight: 600 },
  // The theme's warning colour is for icons; text needs its darker (light) or lighter (dark) shade.
  '& td[data-diverges="true"]': {
    color: (t: Theme) =>
      t.palette.mode === 'dark' ? t.palette.warning.light : t.palette.warning.dark,
  },
  '& td[data-same="true"]': { color: 'text.secondary' },
  '& td[data-source="strategy"]': { fontWeight: 600, color: 'primary.main' },
  '& td[data-source="global"]': { color: 'text.secondary' },
  '& td[data-source="default"]': { color: 'text.secondary', fontStyle: 'italic' },
  '& td[data-unused="true"]': { color: 'text.secondary', fontWeight: 400 },
  '& td[data-error="true"]': { color: 'error.main' },
  '& tbody tr:hover': { bgcolor: 'action.hover' },
  '& tr[aria-selected="true"] th, & tr[aria-selected="true"] td': { bgcolor: 'action.selected' },
};
