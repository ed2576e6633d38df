import Chip from '@mui/material/Chip';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import { problemCountsOf, problemsBreakdown, problemsSummary } from '../state/problems.ts';
import { uiStore } from '../state/ui-store.ts';
import { useDocument } from '../state/stores.ts';

/** "2 problems · 1 info", counted as the Problems tab counts; opens the problems panel. */
export function StatusChip() {
  const counts = useDocument((s) => problemCountsOf(s.analysis));
  const label = problemsSummary(counts);
  return (
    <Chip
      size="small"
      data-testid="status-chip"
      icon={counts.problems === 0 ? <CheckCircleOutline /> : <ErrorOutline />}
      color={counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'success'}
      variant="outlined"
      label={label}
      title={problemsBreakdown(counts)}
      onClick={() => uiStore.set({ bottomTab: 'problems' })}
      aria-label={`${label} (${problemsBreakdown(counts)}): show problems`}
      sx={{ ml: 1 }}
    />
  );
}
