import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { jumpTo } from '../problems/jump-to.ts';
import { useDocument } from '../state/stores.ts';

/** While the text does not parse: the error's line and column, and a way to it. */
export function SyntaxBanner() {
  const error = useDocument((s) =>
    s.analysis.config === undefined
      ? (s.analysis.diagnostics.find((d) => d.code === 'syntax' || d.code === 'encoding') ?? null)
      : null,
  );
  if (error === null) return null;
  return (
    <Alert
      severity="error"
      role="alert"
      square
      data-testid="syntax-banner"
      action={
        <Button color="inherit" size="small" onClick={() => jumpTo(error)}>
          Go to error
        </Button>
      }
    >
      Line {error.start.line}, column {error.start.column}: {error.message.replace(/[.!]?$/, '.')}{' '}
      The form shows the last valid state, read-only, until the JSON parses again. Nothing is lost.
    </Alert>
  );
}
