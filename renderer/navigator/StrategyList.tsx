import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { moveStrategy } from '../../shared/edits/strategy-edits.ts';
import { dispatch } from '../form/edit.ts';
import { useReadOnly } from '../form/read-only.ts';
import { uiStore } from '../ui/ui-store.ts';
import { useValue } from '../ui/value-store.ts';
import { strategyCounts } from './strategy-badges.ts';
import { StrategyListItem } from './StrategyListItem.tsx';

const ROW = 48;

/** The strategies, virtualized; drag (or Alt+↑/↓) to reorder, ↑/↓ to move the selection. */
export function StrategyList({ analysis }: { analysis: Analysis }) {
  const readOnly = useReadOnly();
  const filter = useValue(uiStore, (s) => s.filter.trim().toLowerCase());
  const selection = useValue(uiStore, (s) => s.selection);
  const selected = selection.kind === 'strategy' ? selection.index : null;
  const counts = strategyCounts(analysis);
  const visible = useMemo(
    () =>
      analysis.strategies.filter(
        (s) =>
          filter === '' ||
          s.name.toLowerCase().includes(filter) ||
          (s.market ?? '').toLowerCase().includes(filter),
      ),
    [analysis, filter],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only here
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const select = (index: number) => {
    uiStore.set({ selection: { kind: 'strategy', index } });
    const at = visible.findIndex((s) => s.index === index);
    if (at >= 0) virtualizer.scrollToIndex(at);
    requestAnimationFrame(() => document.getElementById(`nav-strategy-${index}`)?.focus());
  };
  const move = (from: number, to: number) => {
    if (readOnly || to < 0 || to >= analysis.strategies.length) return;
    dispatch((t) => moveStrategy(t, from, to));
    select(to);
  };
  const onKeyDown = (e: React.KeyboardEvent, position: number, index: number) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const step = e.key === 'ArrowDown' ? 1 : -1;
    if (e.altKey) move(index, index + step);
    else {
      const next = visible[position + step];
      if (next !== undefined) select(next.index);
    }
  };
  return (
    <Box
      ref={scroller}
      sx={{ flex: 1, overflow: 'auto', minHeight: 80 }}
      role="list"
      aria-label="Strategies"
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const s = visible[item.index];
          if (s === undefined) return null;
          return (
            <StrategyListItem
              key={s.index}
              strategy={s}
              counts={counts[s.index] ?? { errors: 0, warnings: 0 }}
              selected={selected === s.index}
              top={item.start}
              height={ROW}
              draggable={!readOnly && filter === ''}
              dragging={dragFrom === s.index}
              onSelect={() => uiStore.set({ selection: { kind: 'strategy', index: s.index } })}
              onKeyDown={(e) => onKeyDown(e, item.index, s.index)}
              onDragStart={() => setDragFrom(s.index)}
              onDragEnd={() => setDragFrom(null)}
              onDrop={() => {
                if (dragFrom !== null && dragFrom !== s.index) move(dragFrom, s.index);
                setDragFrom(null);
              }}
            />
          );
        })}
      </Box>
    </Box>
  );
}
