import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { memo } from 'react';
import { countBySeverity } from '../../shared/diagnostics/diagnostic.ts';
import { PreviewPanel } from '../preview/PreviewPanel.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { EffectiveSizingTable } from '../sizing/EffectiveSizingTable.tsx';
import type { BottomTab } from '../state/ui-store.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { selectFormAnalysis, useDocument } from '../state/stores.ts';

/** The effective sizing table with the preview, or the problems list. */
export function BottomPanel() {
  const tab = useValue(uiStore, (s) => s.bottomTab);
  const analysis = useDocument(selectFormAnalysis);
  const problems = useDocument((s) => s.analysis.diagnostics.length);
  const errors = useDocument((s) => countBySeverity(s.analysis.diagnostics).error);
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
      <BottomTabs tab={tab} problems={problems} errors={errors} />
      {tab === 'sizing' ? (
        <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
          <EffectiveSizingTable analysis={analysis} />
          <PreviewPanel analysis={analysis} />
        </Box>
      ) : (
        <ProblemsPanel />
      )}
    </Box>
  );
}

/** The tab strip; memoised: MUI Tabs measures its indicator (a forced layout) on every render. */
const BottomTabs = memo(function BottomTabs(props: {
  tab: BottomTab;
  problems: number;
  errors: number;
}) {
  const { tab, problems, errors } = props;
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
        label={`Problems (${problems})`}
        sx={errors > 0 ? { color: 'error.main' } : undefined}
      />
    </Tabs>
  );
});
