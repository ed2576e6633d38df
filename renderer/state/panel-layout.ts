import { uiStore } from './ui-store.ts';
import { createValueStore } from './value-store.ts';

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

function windowHeight(): number {
  return typeof window === 'undefined' ? 800 : window.innerHeight;
}

const KEY = 'spark-config-editor.layout';

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

function recalled(): PanelLayout {
  try {
    return layoutFromText(globalThis.localStorage?.getItem(KEY) ?? null, windowHeight());
  } catch {
    return defaultLayout(windowHeight());
  }
}

/** The panel layout, as last left by the trader (remembered across reloads). */
export const layoutStore = createValueStore<PanelLayout>(recalled());

/** Changes the layout and remembers it for the next start. */
export function setLayout(patch: Partial<PanelLayout>): void {
  layoutStore.set(patch);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(layoutStore.get()));
  } catch {
    // Storage full or denied: the layout still works, it is just not remembered.
  }
}

/** Back to the first start's layout, for the window as it is now. */
export function resetLayout(): void {
  setLayout(defaultLayout(windowHeight()));
}

/** Shows or hides the navigator. */
export function toggleNavigator(): void {
  setLayout({ navigatorCollapsed: !layoutStore.get().navigatorCollapsed });
}

/** Shows or hides the bottom panel's content (its tabs stay). */
export function toggleBottomPanel(): void {
  setLayout({ bottomCollapsed: !layoutStore.get().bottomCollapsed });
}

/** Shows the bottom panel's content (its tabs stay when collapsed). */
export function expandBottomPanel(): void {
  if (layoutStore.get().bottomCollapsed) setLayout({ bottomCollapsed: false });
}

// Opening another tab (a click, the status chip) shows it, even when the panel was collapsed.
let shownTab = uiStore.get().bottomTab;
uiStore.subscribe(() => {
  const tab = uiStore.get().bottomTab;
  if (tab === shownTab) return;
  shownTab = tab;
  expandBottomPanel();
});
