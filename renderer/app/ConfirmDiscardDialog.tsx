import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { confirmDiscardStore } from '../host/confirm-discard.ts';
import { useValue } from '../state/value-store.ts';

/** "Save changes to …?" — answers the browser host's confirm-discard question. */
export function ConfirmDiscardDialog() {
  const { name, answer } = useValue(confirmDiscardStore, (s) => s);
  return (
    <Dialog open={name !== null} onClose={() => answer?.('cancel')} aria-labelledby="discard-title">
      <DialogTitle id="discard-title">Save changes to {name}?</DialogTitle>
      <DialogContent>Your edits are lost if you don&apos;t save them.</DialogContent>
      <DialogActions>
        <Button onClick={() => answer?.('discard')} color="error">
          Don&apos;t save
        </Button>
        <Button onClick={() => answer?.('cancel')}>Cancel</Button>
        <Button onClick={() => answer?.('save')} variant="contained" autoFocus>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
