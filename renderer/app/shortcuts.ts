import { documentStore } from '../state/stores.ts';
import { openDocument, save } from '../state/host-commands.ts';
import { toggleBottomPanel, toggleNavigator } from '../state/panel-layout.ts';

/** Window-wide keys: one undo history for form and JSON (Monaco forwards its own keys here). */
export function installShortcuts(): void {
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.defaultPrevented) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const key = e.key.toLowerCase();
      const inMonaco = (e.target as Element | null)?.closest?.('.monaco-editor') != null;
      if (inMonaco && (key === 'z' || key === 'y')) return;
      if (key === 'z' && !e.shiftKey) run(e, () => documentStore.undo());
      else if ((key === 'z' && e.shiftKey) || key === 'y') run(e, () => documentStore.redo());
      else if (key === 's') run(e, () => void save(e.shiftKey));
      else if (key === 'o') run(e, () => void openDocument());
      else if (key === 'b' && !e.shiftKey) run(e, toggleNavigator);
      else if (key === 'j' && !e.shiftKey) run(e, toggleBottomPanel);
    },
    true,
  );
}

function run(e: KeyboardEvent, action: () => void): void {
  e.preventDefault();
  e.stopPropagation();
  action();
}
