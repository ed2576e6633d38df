import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { memo } from 'react';
import { PreviewPanel } from '../preview/PreviewPanel.tsx';
import { ChangesPanel } from '../changes/ChangesPanel.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { EffectiveSizingTable } from '../sizing/EffectiveSizingTable.tsx';
import type { ProblemCounts } from '../state/problems.ts';
import { problemCountsOf, problemsTabLabel } from '../state/problems.ts';
import type { BottomTab } from '../state/ui-store.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { selectFormAnalysis, useDocument } from '../state/stores.ts';

/** The effective sizing table with the preview, or the problems list. */
export function BottomPanel() {
  const tab = useValue(uiStore, (s) => s.bottomTab);
  const analysis = useDocument(selectFormAnalysis);
  const counts = useDocument((s) => problemCountsOf(s.analysis));
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
      <BottomTabs tab={tab} counts={counts} unsaved={unsaved} />
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
  counts: ProblemCounts;
  unsaved: boolean;
}) {
  const { tab, counts, unsaved } = props;
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
      <Tab
        value="problems"
        label={problemsTabLabel(counts)}
        sx={counts.errors > 0 ? { color: 'error.main' } : undefined}
      />
      <Tab value="changes" label={unsaved ? 'Changes •' : 'Changes'} />
    </Tabs>
  );
});
