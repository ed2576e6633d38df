import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { memo } from 'react';
import { PreviewPanel } from '../preview/PreviewPanel.tsx';
import { ChangesPanel } from '../changes/ChangesPanel.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { EffectiveSizingTable } from '../sizing/EffectiveSizingTable.tsx';
import { problemCountsOf, problemsTabLabel } from '../state/problems.ts';
import type { BottomTab } from '../state/ui-store.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { selectFormAnalysis, useDocument } from '../state/stores.ts';

/** The effective sizing table with the preview, or the problems list. */
export function BottomPanel() {
  const tab = useValue(uiStore, (s) => s.bottomTab);
  const analysis = useDocument(selectFormAnalysis);
  // Strings and booleans: the memoised tab strip must see equal props for equal counts.
  const problems = useDocument((s) => problemsTabLabel(problemCountsOf(s.analysis)));
  const errors = useDocument((s) => problemCountsOf(s.analysis).errors > 0);
  const unsaved = useDocument((s) => s.text !== s.savedText);
  return (
    <Box
      sx={{
        height: '42%',
        minHeight: 220,
        display: 'flex',
        flexDirection: 'column',
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <BottomTabs tab={tab} problems={problems} errors={errors} unsaved={unsaved} />
      {tab === 'sizing' ? (
        <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
          <EffectiveSizingTable analysis={analysis} />
          <PreviewPanel analysis={analysis} />
        </Box>
      ) : tab === 'problems' ? (
        <ProblemsPanel />
      ) : (
        <ChangesPanel />
      )}
    </Box>
  );
}

/** The tab strip; memoised: MUI Tabs measures its indicator (a forced layout) on every render. */
const BottomTabs = memo(function BottomTabs(props: {
  tab: BottomTab;
  /** The Problems tab's label, counts included. */
  problems: string;
  errors: boolean;
  unsaved: boolean;
}) {
  const { tab, problems, errors, unsaved } = props;
  return (
    <Tabs
      value={tab}
      onChange={(_, v: BottomTab) => uiStore.set({ bottomTab: v })}
      sx={{
        minHeight: 36,
        px: 1,
        borderBottom: 1,
        borderColor: 'divider',
        '& .MuiTab-root': { minHeight: 36, py: 0 },
      }}
    >
      <Tab value="sizing" label="Effective sizing & preview" />
      <Tab value="problems" label={problems} sx={errors ? { color: 'error.main' } : undefined} />
      <Tab value="changes" label={unsaved ? 'Changes •' : 'Changes'} />
    </Tabs>
  );
});
