import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDocument } from '../state/stores.ts';
import { useValue } from '../state/value-store.ts';
import { compareWithDisk, dismissNotice, keepMine, reloadFromDisk } from './disk-commands.ts';
import { diskStore } from '../state/disk-store.ts';

/** Another program changed or removed the open file: say so, and offer the ways on. */
export function DiskBanner() {
  const notice = useValue(diskStore, (s) => s.notice);
  const comparing = useValue(diskStore, (s) => s.compare !== null);
  const name = useDocument((s) => s.meta?.name ?? 'The file');
  if (notice === null) return null;
  if (notice.kind === 'deleted') {
    return (
      <Alert
        severity="info"
        role="status"
        square
        data-testid="disk-banner"
        action={
          <Button color="inherit" size="small" onClick={dismissNotice}>
            Dismiss
          </Button>
        }
      >
        {name} is no longer on disk (deleted or moved). Your text is still here and now counts as
        unsaved; Save writes the file again.
      </Alert>
    );
  }
  return (
    <Alert
      severity="warning"
      square
      data-testid="disk-banner"
      action={
        <Stack direction="row" spacing={0.5}>
          <Button color="inherit" size="small" onClick={() => void reloadFromDisk()}>
            Reload
          </Button>
          {notice.diskText !== null && !comparing && (
            <Button color="inherit" size="small" onClick={compareWithDisk}>
              Compare
            </Button>
          )}
          <Button color="inherit" size="small" onClick={keepMine}>
            Keep mine
          </Button>
        </Stack>
      }
    >
      {name} was changed by another program. Reload takes its version (Undo brings yours back); Keep
      mine keeps your text, and saving replaces the file with it.
    </Alert>
  );
}
