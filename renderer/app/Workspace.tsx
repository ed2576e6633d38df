import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { Suspense, lazy } from 'react';
import { DiskBanner } from '../disk/DiskBanner.tsx';
import { diskStore } from '../state/disk-store.ts';
import { ReadOnlyContext } from '../form/read-only.ts';
import { Navigator } from '../navigator/Navigator.tsx';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { BottomPanel } from './BottomPanel.tsx';
import { FormPane } from './FormPane.tsx';
import { selectFormAnalysis, selectReadOnly, useDocument } from '../state/stores.ts';
import { SyntaxBanner } from './SyntaxBanner.tsx';

// Monaco is a separate chunk: the form is usable before it arrives.
const JsonView = lazy(() => import('../json-view/JsonView.tsx'));
const CompareView = lazy(() => import('../json-view/CompareView.tsx'));

/** Banners; navigator, form and/or JSON (or compare) view above; effective sizing, preview and problems below. */
export function Workspace() {
  const view = useValue(uiStore, (s) => s.view);
  const analysis = useDocument(selectFormAnalysis);
  const readOnly = useDocument(selectReadOnly);
  const comparing = useValue(diskStore, (s) => s.compare !== null);
  return (
    <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <DiskBanner />
      <SyntaxBanner />
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        {view !== 'json' && (
          <ReadOnlyContext value={readOnly}>
            <Navigator analysis={analysis} />
          </ReadOnlyContext>
        )}
        {view !== 'json' && <FormPane />}
        {view !== 'form' && (
          <Box
            sx={{
              flex: 1,
              minWidth: 0,
              borderLeft: view === 'split' ? 1 : 0,
              borderColor: 'divider',
              display: 'flex',
            }}
          >
            <Suspense
              fallback={
                <Box sx={{ flex: 1, display: 'grid', placeItems: 'center' }}>
                  <CircularProgress size={24} aria-label="Loading the JSON view" />
                </Box>
              }
            >
              {comparing ? <CompareView /> : <JsonView />}
            </Suspense>
          </Box>
        )}
      </Box>
      <BottomPanel />
    </Box>
  );
}
