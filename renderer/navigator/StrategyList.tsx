import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { moveStrategy } from '../../shared/edits/strategy-edits.ts';
import { dispatch } from '../form/edit.ts';
import { useReadOnly } from '../form/read-only.ts';
import { shownValue } from '../form/value-text.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { strategyCounts } from '../state/strategy-counts.ts';
import { usePreview } from '../state/preview.ts';
import { StrategyListItem } from './StrategyListItem.tsx';

const ROW = 48;
const DRAG_TYPE = 'text/x-strategy';

/** The navigator entry an event happened in: its strategy index and list position. */
function entryOf(e: React.SyntheticEvent): { index: number; position: number } | undefined {
  const el = (e.target as Element).closest<HTMLElement>('[data-index]');
  if (el === null) return undefined;
  return { index: Number(el.dataset.index), position: Number(el.dataset.position) };
}

/** The strategies, virtualized; drag (or Alt+↑/↓) to reorder, ↑/↓ to move the selection. */
export function StrategyList({ analysis }: { analysis: Analysis }) {
  const readOnly = useReadOnly();
  const filter = useValue(uiStore, (s) => s.filter.trim().toLowerCase());
  const selection = useValue(uiStore, (s) => s.selection);
  const selected = selection.kind === 'strategy' ? selection.index : null;
  const counts = strategyCounts(analysis);
  const { preview } = usePreview(analysis);
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
  const onKeyDown = (e: React.KeyboardEvent) => {
    const entry = entryOf(e);
    if (entry === undefined || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const step = e.key === 'ArrowDown' ? 1 : -1;
    if (e.altKey) move(entry.index, entry.index + step);
    else {
      const next = visible[entry.position + step];
      if (next !== undefined) select(next.index);
    }
  };
  return (
    <Box
      ref={scroller}
      sx={{ flex: 1, overflow: 'auto', minHeight: 80 }}
      role="list"
      aria-label="Strategies"
      onClick={(e) => {
        const entry = entryOf(e);
        if (entry !== undefined)
          uiStore.set({ selection: { kind: 'strategy', index: entry.index } });
      }}
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        const entry = entryOf(e);
        if (entry === undefined) return;
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(DRAG_TYPE, String(entry.index));
        setDragFrom(entry.index);
      }}
      onDragEnd={() => setDragFrom(null)}
      onDragOver={(e) => {
        if (entryOf(e) !== undefined && e.dataTransfer.types.includes(DRAG_TYPE))
          e.preventDefault();
      }}
      onDrop={(e) => {
        const entry = entryOf(e);
        if (entry === undefined) return;
        e.preventDefault();
        if (dragFrom !== null && dragFrom !== entry.index) move(dragFrom, entry.index);
        setDragFrom(null);
      }}
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const s = visible[item.index];
          if (s === undefined) return null;
          const c = counts[s.index];
          return (
            <StrategyListItem
              key={s.index}
              index={s.index}
              position={item.index}
              name={s.name}
              market={s.market}
              enabled={s.enabled}
              method={s.sizing.method ?? shownValue(s.sizing.values.method)}
              errors={c?.errors ?? 0}
              warnings={c?.warnings ?? 0}
              diverges={(preview?.strategies[s.index]?.engine?.why.length ?? 0) > 0}
              selected={selected === s.index}
              top={item.start}
              height={ROW}
              draggable={!readOnly && filter === ''}
              dragging={dragFrom === s.index}
            />
          );
        })}
      </Box>
    </Box>
  );
}
