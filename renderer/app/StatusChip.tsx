import Chip from '@mui/material/Chip';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import type { ProblemCounts } from '../state/problems.ts';
import { problemCountsOf, problemsBreakdown, problemsSummary } from '../state/problems.ts';
import { expandBottomPanel } from '../state/panel-layout.ts';
import { uiStore } from '../state/ui-store.ts';
import { useDocument } from '../state/stores.ts';

/** "2 problems · 1 info", counted as the Problems tab counts; opens the problems panel. */
export function StatusChip() {
  // Strings: a keystroke that leaves the counts as they were re-renders nothing here.
  const label = useDocument((s) => problemsSummary(problemCountsOf(s.analysis)));
  const breakdown = useDocument((s) => problemsBreakdown(problemCountsOf(s.analysis)));
  const color = useDocument((s) => chipColor(problemCountsOf(s.analysis)));
  return (
    <Chip
      size="small"
      data-testid="status-chip"
      icon={color === 'success' ? <CheckCircleOutline /> : <ErrorOutline />}
      color={color}
      variant="outlined"
      label={label}
      title={breakdown}
      onClick={() => {
        uiStore.set({ bottomTab: 'problems' });
        expandBottomPanel();
      }}
      aria-label={`${label} (${breakdown}): show problems`}
      sx={{ ml: 1 }}
    />
  );
}

function chipColor(c: ProblemCounts): 'error' | 'warning' | 'success' {
  return c.errors > 0 ? 'error' : c.warnings > 0 ? 'warning' : 'success';
}
