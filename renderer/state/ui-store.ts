import type { TextRange } from '../../shared/text-position.ts';
import { FIRST_PREVIEW } from './preview-memory.ts';
import { createValueStore } from './value-store.ts';

export type ViewMode = 'form' | 'split' | 'json';
export type ThemeChoice = 'light' | 'dark' | 'system';
export type BottomTab = 'sizing' | 'problems' | 'changes';

/** What the form shows: the global block, one strategy, or another root section. */
export type Selection =
  | { readonly kind: 'global' }
  | { readonly kind: 'strategy'; readonly index: number }
  | { readonly kind: 'section'; readonly key: string };

/** The trader's preview inputs, as typed (parsed when used). */
export interface PreviewDraft {
  readonly equity: string;
  readonly price: string;
  readonly prices: Readonly<Record<string, string>>;
  readonly strength: string;
}

export interface UiState {
  readonly view: ViewMode;
  readonly theme: ThemeChoice;
  readonly selection: Selection;
  readonly filter: string;
  readonly bottomTab: BottomTab;
  readonly preview: PreviewDraft;
  /**
   * A request to reveal a text range in the JSON view (and to move the keyboard focus there with
   * `focus`); `seq` makes repeats distinct.
   */
  readonly reveal: {
    readonly range: TextRange;
    readonly seq: number;
    readonly focus?: boolean;
  } | null;
  /** A request to focus a form field by its id. */
  readonly focusField: { readonly id: string; readonly seq: number } | null;
  readonly exportOpen: boolean;
}

const THEME_KEY = 'spark-config-editor.theme';

function storedTheme(): ThemeChoice {
  const v = globalThis.localStorage?.getItem(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** The UI state store (view, theme, selection, preview inputs, jump requests). */
export const uiStore = createValueStore<UiState>({
  view: 'form',
  theme: storedTheme(),
  selection: { kind: 'global' },
  filter: '',
  bottomTab: 'sizing',
  preview: FIRST_PREVIEW,
  reveal: null,
  focusField: null,
  exportOpen: false,
});

let seq = 0;

/**
 * Asks the JSON view to select a range; with `show`, switches to Split when it is hidden; with
 * `focus`, the keyboard goes to the editor too.
 */
export function revealRange(range: TextRange, show = false, focus = false): void {
  uiStore.set((s) => ({
    reveal: focus ? { range, seq: ++seq, focus } : { range, seq: ++seq },
    view: show && s.view === 'form' ? 'split' : s.view,
  }));
}

/** Asks the form to focus a field once it is rendered. */
export function focusField(id: string): void {
  uiStore.set({ focusField: { id, seq: ++seq } });
}

/** Persists and applies a theme choice. */
export function setTheme(theme: ThemeChoice): void {
  globalThis.localStorage?.setItem(THEME_KEY, theme);
  uiStore.set({ theme });
}
