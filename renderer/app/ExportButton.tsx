import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { problemCountsOf } from '../state/problems.ts';
import { uiStore } from '../state/ui-store.ts';
import { useDocument } from '../state/stores.ts';

const NAME = 'Export validated config.json…';

/**
 * "Export validated config.json…": disabled, with the reason, while errors exist; `short`
 * shows "Export…" (narrow windows), the accessible name and tooltip still say it all.
 */
export function ExportButton({ short }: { short: boolean }) {
  const errors = useDocument((s) => problemCountsOf(s.analysis).errors);
  const reason =
    errors > 0
      ? `Fix ${errors} error${errors === 1 ? '' : 's'} before exporting (see Problems).`
      : 'Write strict JSON for the trading engine';
  return (
    <Tooltip title={short ? `${NAME} — ${reason}` : reason}>
      <span>
        <Button
          size="small"
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          disabled={errors > 0}
          aria-label={NAME}
          aria-describedby="export-reason"
          onClick={() => uiStore.set({ exportOpen: true })}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {short ? 'Export…' : NAME}
        </Button>
        <span id="export-reason" hidden>
          {reason}
        </span>
      </span>
    </Tooltip>
  );
}
