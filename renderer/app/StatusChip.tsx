import Chip from '@mui/material/Chip';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import { countBySeverity } from '../../shared/diagnostics/diagnostic.ts';
import { uiStore } from '../state/ui-store.ts';
import { useDocument } from '../state/stores.ts';

/** Error and warning counts; opens the problems panel. */
export function StatusChip() {
  const diagnostics = useDocument((s) => s.analysis.diagnostics);
  const { error, warning } = countBySeverity(diagnostics);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const label =
    error + warning === 0
      ? 'No problems'
      : `${plural(error, 'error')}, ${plural(warning, 'warning')}`;
  return (
    <Chip
      size="small"
      data-testid="status-chip"
      icon={error + warning === 0 ? <CheckCircleOutline /> : <ErrorOutline />}
      color={error > 0 ? 'error' : warning > 0 ? 'warning' : 'success'}
      variant="outlined"
      label={label}
      onClick={() => uiStore.set({ bottomTab: 'problems' })}
      aria-label={`${label}: show problems`}
      sx={{ ml: 1 }}
    />
  );
}
