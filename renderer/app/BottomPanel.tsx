import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import ExpandLessOutlined from '@mui/icons-material/ExpandLessOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import { memo } from 'react';
import { PreviewPanel } from '../preview/PreviewPanel.tsx';
import { ChangesPanel } from '../changes/ChangesPanel.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { EffectiveSizingTable } from '../sizing/EffectiveSizingTable.tsx';
import { expandBottomPanel, toggleBottomPanel } from '../state/panel-layout.ts';
import { problemCountsOf, problemsTabLabel } from '../state/problems.ts';
import type { BottomTab } from '../state/ui-store.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { selectFormAnalysis, useDocument } from '../state/stores.ts';

/** The open tab's content: sizing table and preview, problems or changes (memoised: resizing skips it). */
const TabContent = memo(function TabContent({ tab }: { tab: BottomTab }) {
  const analysis = useDocument(selectFormAnalysis);
  if (tab === 'problems') return <ProblemsPanel />;
  if (tab === 'changes') return <ChangesPanel />;
  return (
    <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
      <EffectiveSizingTable analysis={analysis} />
      <PreviewPanel analysis={analysis} />
    </Box>
  );
});

/** Hides or shows the open tab (Ctrl+J); the tabs stay. */
function CollapseButton({ collapsed }: { collapsed: boolean }) {
  return (
    <Tooltip title={collapsed ? 'Show panel (Ctrl+J)' : 'Hide panel (Ctrl+J)'}>
      <IconButton
        size="small"
        aria-label={collapsed ? 'Show panel' : 'Hide panel'}
        aria-expanded={!collapsed}
        aria-controls="bottom-panel"
        onClick={toggleBottomPanel}
        sx={{ mx: 1 }}
      >
        {collapsed ? (
          <ExpandLessOutlined fontSize="small" />
        ) : (
          <ExpandMoreOutlined fontSize="small" />
        )}
      </IconButton>
    </Tooltip>
  );
}

/** The tabs, and below them (unless collapsed: `height` undefined) the open tab at `height` px. */
export function BottomPanel({ height }: { height: number | undefined }) {
  const tab = useValue(uiStore, (s) => s.bottomTab);
  // Strings and booleans: the memoised tab strip must see equal props for equal counts.
  const problems = useDocument((s) => problemsTabLabel(problemCountsOf(s.analysis)));
  const errors = useDocument((s) => problemCountsOf(s.analysis).errors > 0);
  const unsaved = useDocument((s) => s.text !== s.savedText);
  const collapsed = height === undefined;
  return (
    <Box
      id="bottom-panel"
      sx={{
        height,
        flexShrink: 0,
        display: 'flex',
        flexDirection: 'column',
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          borderBottom: collapsed ? 0 : 1,
          borderColor: 'divider',
        }}
      >
        <BottomTabs tab={tab} problems={problems} errors={errors} unsaved={unsaved} />
        <CollapseButton collapsed={collapsed} />
      </Box>
      {!collapsed && <TabContent tab={tab} />}
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
      // A click on the open tab of a collapsed panel opens it too.
      onClick={expandBottomPanel}
      variant="scrollable"
      scrollButtons={false}
      sx={{
        flex: 1,
        minWidth: 0,
        minHeight: 36,
        px: 1,
        '& .MuiTab-root': { minHeight: 36, py: 0 },
      }}
    >
      <Tab value="sizing" label="Effective sizing & preview" />
      <Tab value="problems" label={problems} sx={errors ? { color: 'error.main' } : undefined} />
      <Tab value="changes" label={unsaved ? 'Changes •' : 'Changes'} />
    </Tabs>
  );
});
