import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { SIZING_KEYS } from '../../shared/sizing-keys.ts';
import { keysInUse } from '../../shared/ui-model/method-needs.ts';
import { strategyCounts } from '../state/strategy-counts.ts';
import { usePreview } from '../state/preview.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { EffectiveSizingRow } from './EffectiveSizingRow.tsx';
import { foldedKeys, sizingRowModel } from './sizing-row-model.ts';
import { SIZING_TABLE_SX } from './sizing-table-style.ts';

const ROW = 33;
const NONE: ReadonlySet<string> = new Set();

/** What each strategy trades, the guide's figure where it differs, then the parameters read. */
export function EffectiveSizingTable({ analysis }: { analysis: Analysis }) {
  const { preview, inputs } = usePreview(analysis);
  const engine = { model: analysis.engine, equity: inputs.equity, strength: inputs.strength ?? 1 };
  const keys = useMemo(() => keysInUse(analysis.strategies), [analysis]);
  const counts = strategyCounts(analysis);
  const autoFolded = useMemo(() => {
    const folded = new Set<string>(foldedKeys(analysis.strategies, keys));
    // A column of dashes answers nothing: Errors shows once some strategy has one.
    if (counts.every((c) => c.errors === 0)) folded.add('errors');
    return folded;
  }, [analysis, keys, counts]);
  const [allParameters, setAllParameters] = useState(false);
  const folded = allParameters ? NONE : autoFolded;
  const guideShown =
    allParameters || (preview?.strategies.some((r) => (r.engine?.why.length ?? 0) > 0) ?? false);
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
  const columns = keys.length + 9;
  return (
    <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
      <Box
        sx={{
          px: 1.5,
          display: 'flex',
          alignItems: 'center',
          gap: 2,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={allParameters}
              onChange={(_, on) => setAllParameters(on)}
            />
          }
          label={`All parameters${autoFolded.size > 0 && !allParameters ? ` (${autoFolded.size} folded)` : ''}`}
          slotProps={{ typography: { variant: 'body2' } }}
        />
      </Box>
      <Box
        ref={scroller}
        sx={{ flex: 1, overflow: 'auto', minHeight: 0 }}
        tabIndex={0}
        aria-label="Effective sizing, scrollable"
      >
        <Box component="table" aria-label="Effective sizing" sx={SIZING_TABLE_SX}>
          <SizingTableHead keys={keys} folded={folded} guideShown={guideShown} />
          <tbody>
            {before > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns} style={{ height: before, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const s = analysis.strategies[item.index];
              if (s === undefined) return null;
              return (
                <EffectiveSizingRow
                  key={s.index}
                  model={sizingRowModel(
                    s,
                    keys,
                    preview?.strategies[item.index],
                    counts[s.index]?.errors ?? 0,
                    engine,
                  )}
                  selected={selection.kind === 'strategy' && selection.index === s.index}
                  folded={folded}
                  guideShown={guideShown}
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
    </Box>
  );
}

/** The column headers; they change only when the columns shown do. */
const SizingTableHead = memo(
  function SizingTableHead(props: {
    keys: readonly CanonicalKey[];
    folded: ReadonlySet<string>;
    guideShown: boolean;
  }) {
    const { keys, folded, guideShown } = props;
    return (
      <thead>
        <tr>
          <th scope="col">Strategy</th>
          <th scope="col">Market</th>
          <th scope="col" title={SIZING_KEYS.method.description}>
            Method
          </th>
          <th scope="col" title="What Spark Stacker's engine trades">
            Engine size
          </th>
          <th scope="col">Units</th>
          <th scope="col" title="The loss if the strategy's stop is hit on what the engine trades">
            Risk at stop
          </th>
          <th scope="col" data-text="true">
            Limits hit
          </th>
          <th scope="col" hidden={!guideShown} title="The position-sizing guide's figure">
            Guide size
          </th>
          <th scope="col" hidden={!guideShown} data-text="true">
            Why they differ
          </th>
          <th scope="col" hidden={folded.has('errors')}>
            Errors
          </th>
          {keys
            .filter((k) => k !== 'method')
            .map((k) => (
              <th key={k} scope="col" hidden={folded.has(k)} title={SIZING_KEYS[k].description}>
                {SIZING_KEYS[k].label}
              </th>
            ))}
        </tr>
      </thead>
    );
  },
  (a, b) =>
    a.folded === b.folded &&
    a.guideShown === b.guideShown &&
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => k === b.keys[i]),
);
