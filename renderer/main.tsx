import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { installHost } from './app/install-host.ts';
import { installShortcuts } from './app/shortcuts.ts';
import { pickHost } from './host/pick-host.ts';

installHost(pickHost());
installShortcuts();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
