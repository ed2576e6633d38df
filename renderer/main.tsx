import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { installHost } from './app/install-host.ts';
import { installShortcuts } from './app/shortcuts.ts';
import { documentStore } from './state/stores.ts';
import { pickHost } from './host/pick-host.ts';
import { followSelectedStrategy } from './navigator/follow-selection.ts';
import { uiStore } from './state/ui-store.ts';

installHost(pickHost());
installShortcuts();
followSelectedStrategy(documentStore, uiStore);

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
