import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import { problemsOf } from '../state/problems.ts';
import { applyFix } from './fix-commands.ts';

/** The fixable problems under `prefix`, each with its one-click Fix, shown beside the form's fields. */
export function FixList({ analysis, prefix }: { analysis: Analysis; prefix: JsonPath }) {
  const key = JSON.stringify(prefix);
  const fixable = useMemo(
    () =>
      problemsOf(analysis).filter(
        (d) =>
          d.fix !== undefined &&
          d.path.length >= prefix.length &&
          prefix.every((step, i) => d.path[i] === step) &&
          // The global block's list is the global form's; a strategy's, its own.
          (prefix.length > 0 || d.path[0] !== 'strategies'),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the prefix is compared by value
    [analysis, key],
  );
  if (fixable.length === 0) return null;
  return (
    <Stack spacing={1} aria-label="Fixable problems">
      {fixable.map((d) => (
        <Alert
          key={`${d.code}:${d.range.offset}`}
          severity={d.severity === 'info' ? 'info' : d.severity}
          data-code={d.code}
          action={
            <Button color="inherit" size="small" onClick={() => applyFix(d)} title={d.fix?.title}>
              Fix
            </Button>
          }
        >
          {d.message}
        </Alert>
      ))}
    </Stack>
  );
}
