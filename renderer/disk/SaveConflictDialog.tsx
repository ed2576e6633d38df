import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useDocument } from '../state/stores.ts';
import { useValue } from '../state/value-store.ts';
import {
  compareWithDisk,
  dismissConflict,
  overwriteDisk,
  reloadFromDisk,
} from './disk-commands.ts';
import { diskStore } from '../state/disk-store.ts';

/** A save found the file changed (or gone) since it was opened: nothing was written yet. */
export function SaveConflictDialog() {
  const conflict = useValue(diskStore, (s) => s.conflict);
  const name = useDocument((s) => s.meta?.name ?? 'The file');
  const deleted = conflict?.diskText === null;
  return (
    <Dialog
      open={conflict !== null}
      onClose={dismissConflict}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-text"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="conflict-title">
        {deleted
          ? 'The file was deleted or moved since you opened it'
          : 'The file changed on disk since you opened it'}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-text">
          {deleted
            ? `${name} is no longer where you opened it. Nothing was saved, and your text is still here.`
            : `Another program changed ${name}. Nothing was saved, and your text is still here. Compare shows both versions side by side; Overwrite replaces the file with your text; Reload takes the file's version (Undo brings yours back).`}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={dismissConflict}>Cancel</Button>
        {!deleted && (
          <Button
            onClick={() => {
              dismissConflict();
              void reloadFromDisk();
            }}
          >
            Reload
          </Button>
        )}
        <Button
          color={deleted ? 'primary' : 'warning'}
          variant={deleted ? 'contained' : 'text'}
          autoFocus={deleted}
          onClick={() => void overwriteDisk()}
        >
          {deleted ? 'Save again' : 'Overwrite'}
        </Button>
        {!deleted && (
          <Button variant="contained" onClick={compareWithDisk} autoFocus>
            Compare
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
