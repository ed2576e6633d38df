import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { SIZING_KEYS } from '../../shared/sizing-keys.ts';
import { keysInUse } from '../../shared/ui-model/method-needs.ts';
import { strategyCounts } from '../state/strategy-counts.ts';
import { usePreview } from '../state/preview.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { EffectiveSizingRow } from './EffectiveSizingRow.tsx';
import { sizingRowModel } from './sizing-row-model.ts';

const ROW = 33;

/** Every strategy's effective sizing with sources, and its preview size, units and risk. */
export function EffectiveSizingTable({ analysis }: { analysis: Analysis }) {
  const { preview } = usePreview(analysis);
  const keys = useMemo(() => keysInUse(analysis.strategies), [analysis]);
  const counts = strategyCounts(analysis);
  const selection = useValue(uiStore, (s) => s.selection);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only here
  const virtualizer = useVirtualizer({
    count: analysis.strategies.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columns = keys.length + 10;
  return (
    <Box
      ref={scroller}
      sx={{ flex: 1, overflow: 'auto', minWidth: 0 }}
      tabIndex={0}
      aria-label="Effective sizing, scrollable"
    >
      <Box
        component="table"
        aria-label="Effective sizing"
        sx={{
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
          '& th:first-of-type, & td:first-of-type': {
            textAlign: 'left',
            position: 'sticky',
            left: 0,
            bgcolor: 'background.paper',
            zIndex: 1,
          },
          '& thead th': {
            position: 'sticky',
            top: 0,
            bgcolor: 'background.paper',
            zIndex: 2,
            fontWeight: 600,
            color: 'text.secondary',
          },
          '& td[data-source="strategy"]': { fontWeight: 600, color: 'primary.main' },
          '& td[data-source="global"]': { color: 'text.secondary' },
          '& td[data-source="default"]': { color: 'text.disabled', fontStyle: 'italic' },
          '& td[data-unused="true"]': {
            color: 'text.disabled',
            fontWeight: 400,
            textDecoration: 'line-through',
            textDecorationColor: 'transparent',
          },
          '& td[data-error="true"]': { color: 'error.main' },
          '& td[data-diverges="true"]': { color: 'warning.main' },
          '& td[data-same="true"]': { color: 'text.secondary' },
          '& tbody tr:hover': { bgcolor: 'action.hover' },
          '& tr[aria-selected="true"] th, & tr[aria-selected="true"] td': {
            bgcolor: 'action.selected',
          },
        }}
      >
        <SizingTableHead keys={keys} />
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: before, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const s = analysis.strategies[item.index];
            if (s === undefined) return null;
            const row = preview?.strategies[item.index];
            return (
              <EffectiveSizingRow
                key={s.index}
                model={sizingRowModel(s, keys, row, counts[s.index]?.errors ?? 0)}
                selected={selection.kind === 'strategy' && selection.index === s.index}
              />
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: after, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </Box>
    </Box>
  );
}

/** The column headers; they change only when the set of keys in use does. */
const SizingTableHead = memo(
  function SizingTableHead({ keys }: { keys: readonly CanonicalKey[] }) {
    return (
      <thead>
        <tr>
          <th scope="col">Strategy</th>
          {keys.map((k) => (
            <th key={k} scope="col" title={SIZING_KEYS[k].description}>
              {k === 'method' ? 'Method' : SIZING_KEYS[k].label}
            </th>
          ))}
          <th scope="col" title="What Spark Stacker's engine trades">
            Engine USD
          </th>
          <th scope="col">Engine units</th>
          <th scope="col" title="The position-sizing guide's figure, shown where it differs">
            Guide USD
          </th>
          <th scope="col" style={{ textAlign: 'left' }}>
            Why they differ
          </th>
          <th scope="col">Guide units</th>
          <th scope="col">Guide risk USD</th>
          <th scope="col">Limits</th>
          <th scope="col">Errors</th>
        </tr>
      </thead>
    );
  },
  (a, b) => a.keys.length === b.keys.length && a.keys.every((k, i) => k === b.keys[i]),
);
