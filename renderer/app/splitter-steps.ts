/** What a splitter may set: its bounds and key step in its own unit, and whether it collapses. */
export interface SplitterRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly collapsible: boolean;
}

/** A splitter's position: the panel's size, and whether the panel is collapsed. */
export interface SplitterState {
  readonly value: number;
  readonly collapsed: boolean;
}

function clamp(value: number, r: SplitterRange): number {
  return Math.round(Math.min(r.max, Math.max(r.min, value)));
}

/**
 * The position after a key (window splitter pattern of WAI-ARIA): `grow` and `shrink` name the
 * arrow keys that widen and narrow the panel, Shift moves four steps, Home and End go to the
 * bounds, Enter collapses or restores; another key gives `undefined` (not handled).
 */
export function stateAfterKey(
  key: string,
  shift: boolean,
  at: SplitterState,
  r: SplitterRange,
  arrows: { readonly grow: string; readonly shrink: string },
): SplitterState | undefined {
  const step = shift ? r.step * 4 : r.step;
  if (key === 'Enter') return r.collapsible ? { ...at, collapsed: !at.collapsed } : undefined;
  if (at.collapsed)
    return key === arrows.grow || key === 'End' ? { value: at.value, collapsed: false } : undefined;
  if (key === arrows.grow) return { value: clamp(at.value + step, r), collapsed: false };
  if (key === arrows.shrink)
    return r.collapsible && at.value <= r.min
      ? { ...at, collapsed: true }
      : { value: clamp(at.value - step, r), collapsed: false };
  if (key === 'Home') return { value: r.min, collapsed: false };
  if (key === 'End') return { value: r.max, collapsed: false };
  return undefined;
}

/**
 * The position while dragging `moved` units from where the drag began; a collapsible panel
 * dragged below half its minimum collapses (and keeps the size it had, for restoring).
 */
export function stateAfterDrag(
  start: SplitterState,
  moved: number,
  r: SplitterRange,
): SplitterState {
  const raw = (start.collapsed ? 0 : start.value) + moved;
  if (r.collapsible && raw < r.min / 2) return { value: start.value, collapsed: true };
  return { value: clamp(raw, r), collapsed: false };
}
