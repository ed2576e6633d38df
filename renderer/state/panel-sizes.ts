/** Sizes of the resizable panels and which ones are collapsed. */
export interface PanelLayout {
  /** The navigator's width in pixels. */
  readonly navigatorWidth: number;
  readonly navigatorCollapsed: boolean;
  /** The form's share of the Split view, in percent (the JSON view has the rest). */
  readonly formShare: number;
  /** The bottom panel's height in pixels. */
  readonly bottomHeight: number;
  readonly bottomCollapsed: boolean;
}

/** What each size may be, in its own unit (pixels, or percent for the form's share). */
export const PANEL_LIMITS = {
  navigatorWidth: { min: 200, max: 520 },
  formShare: { min: 25, max: 75 },
  bottomHeight: { min: 160, max: 900 },
} as const;

/** The layout a first start, or "Reset layout", gives: the bottom panel 40 % of the window. */
export function defaultLayout(windowHeight: number): PanelLayout {
  return {
    navigatorWidth: 288,
    navigatorCollapsed: false,
    formShare: 50,
    bottomHeight: Math.round(Math.min(420, Math.max(220, windowHeight * 0.4))),
    bottomCollapsed: false,
  };
}

function clamp(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.round(Math.min(limits.max, Math.max(limits.min, value)));
}

/** A layout from stored text; anything missing or unreadable takes its default. */
export function layoutFromText(text: string | null, height: number): PanelLayout {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? 'null');
  } catch {
    stored = null;
  }
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const d = defaultLayout(height);
  return {
    navigatorWidth: clamp(s.navigatorWidth, PANEL_LIMITS.navigatorWidth, d.navigatorWidth),
    navigatorCollapsed: s.navigatorCollapsed === true,
    formShare: clamp(s.formShare, PANEL_LIMITS.formShare, d.formShare),
    bottomHeight: clamp(s.bottomHeight, PANEL_LIMITS.bottomHeight, d.bottomHeight),
    bottomCollapsed: s.bottomCollapsed === true,
  };
}
