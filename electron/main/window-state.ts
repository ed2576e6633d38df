import { z } from 'zod';

/** Where the window is and how large. */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

/** What is remembered of the window between runs. */
export interface WindowState extends WindowBounds {
  readonly maximized: boolean;
}

/** A display's usable area. */
export interface WorkArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** The stored form; anything else is ignored in favour of the default. */
export const windowStateSchema = z.object({
  x: z.number().int().exactOptional(),
  y: z.number().int().exactOptional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(150).max(20000),
  maximized: z.boolean(),
});

const MIN_VISIBLE = 80;

/**
 * The remembered state made safe for the displays there are now: a window whose title bar
 * would be off every screen (a monitor was unplugged) is centred on the primary one instead.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly WorkArea[]): WindowState {
  const { x, y } = state;
  const primary = workAreas[0];
  const width = primary ? Math.min(state.width, primary.width) : state.width;
  const height = primary ? Math.min(state.height, primary.height) : state.height;
  if (x === undefined || y === undefined) return { width, height, maximized: state.maximized };
  const visible = workAreas.some(
    (area) =>
      x + MIN_VISIBLE <= area.x + area.width &&
      x + state.width - MIN_VISIBLE >= area.x &&
      y >= area.y &&
      y + MIN_VISIBLE <= area.y + area.height,
  );
  return visible ? state : { width, height, maximized: state.maximized };
}

/** The state to remember from a window's current (normal, not maximized) bounds. */
export function windowStateOf(
  normalBounds: { x: number; y: number; width: number; height: number },
  maximized: boolean,
): WindowState {
  return { ...normalBounds, maximized };
}
