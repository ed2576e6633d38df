import type { PanelLayout } from './panel-sizes.ts';
import { defaultLayout, layoutFromText } from './panel-sizes.ts';
import { uiStore } from './ui-store.ts';
import { createValueStore } from './value-store.ts';

const KEY = 'spark-config-editor.layout';

function windowHeight(): number {
  return typeof window === 'undefined' ? 800 : window.innerHeight;
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
