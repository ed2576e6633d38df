import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Analysis } from '../../shared/analyze.ts';
import { formatUsd } from '../../shared/format/money.ts';
import type { Preview } from '../../shared/sizing/preview.ts';
import {
  againstEquityText,
  engineLeftOutText,
  guideLeftOutText,
  previewTotals,
  shareText,
} from '../../shared/sizing/preview-totals.ts';

/**
 * The engine's total first, against equity and buying power, then the guide's; each says which
 * strategies it leaves out, so a typo that drops a strategy never shrinks a sum unsaid.
 */
export function PreviewTotals({ analysis, preview }: { analysis: Analysis; preview: Preview }) {
  const totals = previewTotals(preview, analysis);
  const engineOut = engineLeftOutText(totals);
  const guideOut = guideLeftOutText(totals);
  return (
    <Box sx={{ mb: 1 }} data-testid="preview-totals">
      <Typography variant="body2" data-testid="engine-total">
        The engine trades: <strong>{formatUsd(preview.engine_total_usd)}</strong> (
        {totals.engine.trading} of {totals.strategies} strategies)
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="engine-against-equity">
        {againstEquityText(totals)}
      </Typography>
      {engineOut !== '' && (
        <Typography variant="body2" color="warning.main" data-testid="engine-left-out">
          {engineOut}
        </Typography>
      )}
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ mt: 0.5 }}
        data-testid="preview-total"
      >
        Guide total: {formatUsd(preview.total_usd)} ({shareText(preview.total_usd, preview.equity)}{' '}
        of equity)
      </Typography>
      {guideOut !== '' && (
        <Typography variant="body2" color="text.secondary" data-testid="guide-left-out">
          {guideOut}
        </Typography>
      )}
    </Box>
  );
}
