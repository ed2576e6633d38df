import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { problemCountsOf } from '../state/problems.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { exportDocument } from '../state/host-commands.ts';
import { useDocument } from '../state/stores.ts';

/** Export options: strict JSON, optionally with every strategy's full effective sizing. */
export function ExportDialog() {
  const open = useValue(uiStore, (s) => s.exportOpen);
  const errors = useDocument((s) => problemCountsOf(s.analysis).errors);
  const [expand, setExpand] = useState(false);
  const close = () => uiStore.set({ exportOpen: false });
  return (
    <Dialog open={open} onClose={close} aria-labelledby="export-title" maxWidth="sm" fullWidth>
      <DialogTitle id="export-title">Export validated config.json</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Writes strict JSON the trading engine can read: comments and trailing commas are removed,
          every other key is kept.
        </Typography>
        <FormControlLabel
          control={<Checkbox checked={expand} onChange={(e) => setExpand(e.target.checked)} />}
          label="Expand inheritance (give every strategy its full effective position_sizing)"
        />
        {errors > 0 && (
          <Alert severity="error" sx={{ mt: 2 }}>
            Fix {errors} error{errors === 1 ? '' : 's'} before exporting.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          disabled={errors > 0}
          onClick={() => void exportDocument(expand).then((ok) => ok && close())}
        >
          Export
        </Button>
      </DialogActions>
    </Dialog>
  );
}
