import Box from '@mui/material/Box';
import { useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import type { SplitterRange, SplitterState } from './splitter-steps.ts';
import { stateAfterDrag, stateAfterKey } from './splitter-steps.ts';

export interface SplitterProps {
  /** The accessible name ("Resize navigator"). */
  readonly label: string;
  /** The id of the panel it sizes. */
  readonly controls: string;
  /** The line's direction: `vertical` sits between columns, `horizontal` between rows. */
  readonly orientation: 'vertical' | 'horizontal';
  readonly state: SplitterState;
  readonly range: SplitterRange;
  /** Pixels per unit of `state.value` (1 for pixels). */
  readonly unitPx: number;
  /** The panel grows as the pointer moves left or up (a panel after the splitter). */
  readonly growsBackward?: boolean;
  /** Unit shown to screen readers after the value. */
  readonly unit: string;
  readonly onChange: (next: SplitterState) => void;
}

function arrowsOf(p: SplitterProps): { grow: string; shrink: string } {
  const [forward, backward] =
    p.orientation === 'vertical' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  return p.growsBackward === true
    ? { grow: backward, shrink: forward }
    : { grow: forward, shrink: backward };
}

/** Pointer drags, from where the drag began. */
function useDrag(p: SplitterProps) {
  const start = useRef<{ at: number; state: SplitterState } | null>(null);
  const [dragging, setDragging] = useState(false);
  const coord = (e: PointerEvent) => (p.orientation === 'vertical' ? e.clientX : e.clientY);
  return {
    dragging,
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0) return;
      e.preventDefault();
      e.currentTarget.setPointerCapture(e.pointerId);
      e.currentTarget.focus();
      start.current = { at: coord(e), state: p.state };
      setDragging(true);
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      if (start.current === null) return;
      const moved = ((coord(e) - start.current.at) / p.unitPx) * (p.growsBackward ? -1 : 1);
      p.onChange(stateAfterDrag(start.current.state, moved, p.range));
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      e.currentTarget.releasePointerCapture(e.pointerId);
      start.current = null;
      setDragging(false);
    },
  };
}

/**
 * A draggable, keyboard-operable divider between two panels (WAI-ARIA window splitter):
 * arrows resize, Home/End go to the bounds, Enter or a double-click collapses and restores.
 */
export function Splitter(p: SplitterProps) {
  const { dragging, ...pointer } = useDrag(p);
  const vertical = p.orientation === 'vertical';
  const { value, collapsed } = p.state;
  const toggle = () => p.range.collapsible && p.onChange({ value, collapsed: !collapsed });
  return (
    <Box
      role="separator"
      tabIndex={0}
      aria-label={p.label}
      aria-controls={p.controls}
      aria-orientation={p.orientation}
      aria-valuenow={collapsed ? 0 : value}
      aria-valuemin={p.range.collapsible ? 0 : p.range.min}
      aria-valuemax={p.range.max}
      aria-valuetext={collapsed ? 'collapsed' : `${value} ${p.unit}`}
      data-dragging={dragging ? 'true' : undefined}
      onKeyDown={(e) => {
        const next = stateAfterKey(e.key, e.shiftKey, p.state, p.range, arrowsOf(p));
        if (next === undefined) return;
        e.preventDefault();
        p.onChange(next);
      }}
      onDoubleClick={toggle}
      {...pointer}
      sx={{
        flexShrink: 0,
        position: 'relative',
        zIndex: 3,
        // A wide grip over a thin line: the panels' own borders stay the visible divider.
        ...(vertical
          ? { width: 6, mx: '-3px', cursor: 'col-resize' }
          : { height: 6, my: '-3px', cursor: 'row-resize' }),
        touchAction: 'none',
        outline: 'none',
        // Hover lights up after a moment (a pointer passing by does not flash it).
        transition: 'background-color 120ms 150ms',
        '&:hover, &:focus-visible, &[data-dragging]': { bgcolor: 'primary.main' },
      }}
    />
  );
}
