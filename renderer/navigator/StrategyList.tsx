import Box from '@mui/material/Box';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { moveStrategy } from '../../shared/edits/strategy-edits.ts';
import { dispatch } from '../form/edit.ts';
import { useReadOnly } from '../form/read-only.ts';
import { shownValue } from '../form/value-text.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { strategyCounts } from '../state/strategy-counts.ts';
import { usePreview } from '../state/preview.ts';
import type { SearchResult } from '../state/search.ts';
import { divergingOf } from '../state/search.ts';
import { StrategyListItem } from './StrategyListItem.tsx';

const ROW = 48;
const DRAG_TYPE = 'text/x-strategy';

/** The navigator entry an event happened in: its strategy index and list position. */
function entryOf(e: React.SyntheticEvent): { index: number; position: number } | undefined {
  const el = (e.target as Element).closest<HTMLElement>('[data-index]');
  if (el === null) return undefined;
  return { index: Number(el.dataset.index), position: Number(el.dataset.position) };
}

/** Drag an entry onto another to move it there. */
function dragHandlers(
  dragFrom: number | null,
  setDragFrom: (index: number | null) => void,
  move: (from: number, to: number) => void,
) {
  return {
    onDragStart: (e: React.DragEvent) => {
      const entry = entryOf(e);
      if (entry === undefined) return;
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData(DRAG_TYPE, String(entry.index));
      setDragFrom(entry.index);
    },
    onDragEnd: () => setDragFrom(null),
    onDragOver: (e: React.DragEvent) => {
      if (entryOf(e) !== undefined && e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
    },
    onDrop: (e: React.DragEvent) => {
      const entry = entryOf(e);
      if (entry === undefined) return;
      e.preventDefault();
      if (dragFrom !== null && dragFrom !== entry.index) move(dragFrom, entry.index);
      setDragFrom(null);
    },
  };
}

type Strategy = Analysis['strategies'][number];

/** ↑/↓ move the selection through the visible entries; with Alt they move the strategy. */
function arrowKeys(
  visible: readonly Strategy[],
  move: (from: number, to: number) => void,
  select: (index: number) => void,
) {
  return (e: React.KeyboardEvent) => {
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
}

function selectClicked(e: React.MouseEvent): void {
  const entry = entryOf(e);
  if (entry !== undefined) uiStore.set({ selection: { kind: 'strategy', index: entry.index } });
}

/** What every entry shares: counts, the selection, whether it may be dragged. */
interface EntryContext {
  readonly counts: ReturnType<typeof strategyCounts>;
  /** Strategy indexes whose engine size differs from the guide's at the preview's inputs. */
  readonly diverging: ReadonlySet<number>;
  readonly selected: number | null;
  readonly draggable: boolean;
  readonly dragFrom: number | null;
}

function entry(s: Strategy | undefined, item: VirtualItem, ctx: EntryContext) {
  if (s === undefined) return null;
  const c = ctx.counts[s.index];
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
      diverges={ctx.diverging.has(s.index)}
      selected={ctx.selected === s.index}
      top={item.start}
      height={ROW}
      draggable={ctx.draggable}
      dragging={ctx.dragFrom === s.index}
    />
  );
}

/** Selecting an entry (scrolled to and focused) and moving a strategy to another place. */
function listCommands(
  analysis: Analysis,
  visible: readonly Strategy[],
  virtualizer: { scrollToIndex(index: number): void },
  readOnly: boolean,
) {
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
  return { select, move };
}

/** The strategies, virtualized; drag (or Alt+↑/↓) to reorder, ↑/↓ to move the selection. */
export function StrategyList({ analysis, search }: { analysis: Analysis; search: SearchResult }) {
  const readOnly = useReadOnly();
  const selection = useValue(uiStore, (s) => s.selection);
  const { visible, active: filtered } = search;
  const scroller = useRef<HTMLDivElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only here
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const { select, move } = listCommands(analysis, visible, virtualizer, readOnly);
  const ctx: EntryContext = {
    counts: strategyCounts(analysis),
    diverging: divergingOf(usePreview(analysis).preview),

    selected: selection.kind === 'strategy' ? selection.index : null,
    draggable: !readOnly && !filtered,
    dragFrom,
  };
  return (
    <Box
      ref={scroller}
      sx={{ flex: 1, overflow: 'auto', minHeight: 80 }}
      onClick={selectClicked}
      onKeyDown={arrowKeys(visible, move, select)}
      {...dragHandlers(dragFrom, setDragFrom, move)}
    >
      <Box
        role="list"
        aria-label="Strategies"
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => entry(visible[item.index], item, ctx))}
      </Box>
    </Box>
  );
}
