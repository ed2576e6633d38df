import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { changeSummary, valueChangeText } from '../../shared/diff/change-summary.ts';
import type { StrategyChange } from '../../shared/diff/sizing-diff.ts';
import { formatOptional } from '../../shared/format/money.ts';
import { usePreview } from '../state/preview.ts';
import { useDocument } from '../state/stores.ts';
import { changesAgainst } from './sizing-changes.ts';

function StrategyChangeItem({ change }: { change: StrategyChange }) {
  const s = change.sizes;
  return (
    <Box component="li" data-strategy={change.name} sx={{ mb: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {change.name} <span style={{ fontWeight: 400 }}>({change.status})</span>
      </Typography>
      {s !== null && (
        <Typography variant="body2" data-testid="change-sizes">
          Engine {formatOptional(s.before?.engine_usd ?? null)} →{' '}
          {formatOptional(s.after?.engine_usd ?? null)}; guide{' '}
          {formatOptional(s.before?.guide_usd ?? null)} →{' '}
          {formatOptional(s.after?.guide_usd ?? null)}
        </Typography>
      )}
      {[...change.values, ...change.engine.map((c) => ({ ...c, key: `engine ${c.key}` }))].map(
        (c) => (
          <Typography key={c.key} variant="body2" color="text.secondary">
            {valueChangeText(c)}
          </Typography>
        ),
      )}
      {change.appeared.map((n) => (
        <Typography key={`+${n.code}${n.message}`} variant="body2" color="error">
          + {n.code}: {n.message}
        </Typography>
      ))}
      {change.resolved.map((n) => (
        <Typography key={`-${n.code}${n.message}`} variant="body2" color="text.secondary">
          − {n.code}: {n.message}
        </Typography>
      ))}
    </Box>
  );
}

/** The "Changes" tab: what saving the unsaved text would do to every strategy's sizing. */
export function ChangesPanel() {
  const savedText = useDocument((s) => s.savedText);
  const analysis = useDocument((s) => s.analysis);
  const { inputs } = usePreview(analysis);
  const diff = useMemo(
    () => changesAgainst(savedText, analysis, inputs),
    [savedText, analysis, inputs],
  );
  if (diff === null)
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        The changes show once the text parses.
      </Typography>
    );
  const moved = diff.strategies.filter((s) => s.status !== 'unchanged');
  return (
    <Box sx={{ flex: 1, overflow: 'auto', p: 2 }} aria-label="Changes">
      <Typography variant="body2" data-testid="change-summary" sx={{ mb: 1.5 }}>
        {changeSummary(diff)}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {moved.map((s) => (
          <StrategyChangeItem key={s.name} change={s} />
        ))}
      </Box>
    </Box>
  );
}
