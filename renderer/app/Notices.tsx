import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useValue } from '../state/value-store.ts';
import { noticeStore } from '../state/notifications.ts';

/** The snackbar for short results (saved, exported, failed); a warning stays as long as an error. */
export function Notices() {
  const notice = useValue(noticeStore, (s) => s.notice);
  const close = () => noticeStore.set({ notice: null });
  return (
    <Snackbar
      key={notice?.seq}
      open={notice !== null}
      autoHideDuration={notice?.kind === 'error' || notice?.kind === 'warning' ? 8000 : 3000}
      onClose={close}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity={notice?.kind ?? 'info'} onClose={close} variant="filled">
        {notice?.message}
      </Alert>
    </Snackbar>
  );
}
