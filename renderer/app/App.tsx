import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo } from 'react';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { SaveConflictDialog } from '../disk/SaveConflictDialog.tsx';
import { ConfirmDiscardDialog } from './ConfirmDiscardDialog.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { Notices } from './Notices.tsx';
import { useDocument } from '../state/stores.ts';
import { makeTheme } from './theme.ts';
import { TopBar } from './TopBar.tsx';
import { Workspace } from './Workspace.tsx';

/** The editor window: app bar, then the workspace or the empty state. */
export function App() {
  const choice = useValue(uiStore, (s) => s.theme);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
  const theme = useMemo(() => makeTheme(mode), [mode]);
  const open = useDocument((s) => s.meta !== null);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <div
        data-theme={mode}
        style={{ height: '100vh', display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      >
        <TopBar />
        {open ? <Workspace /> : <EmptyState />}
      </div>
      <ExportDialog />
      <ConfirmDiscardDialog />
      <SaveConflictDialog />
      <Notices />
    </ThemeProvider>
  );
}
