import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import type { Preview } from '../../shared/sizing/preview.ts';
import { formatUsd } from '../../shared/format/money.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import type { PreviewDraft } from '../state/ui-store.ts';
import { AllocationChart } from './AllocationChart.tsx';
import { PreviewTotals } from './PreviewTotals.tsx';
import { parsePreviewDraft, setPreviewDraft, usePreview } from '../state/preview.ts';

/** Preview inputs (equity, prices, signal strength) and the allocation they give. */
export function PreviewPanel({ analysis }: { analysis: Analysis }) {
  const { preview, inputs } = usePreview(analysis);
  const markets = useMemo(() => marketsOf(analysis), [analysis]);
  return (
    <Box component="section" aria-label="Preview" sx={PANEL}>
      <Typography variant="subtitle2" component="h2" gutterBottom>
        Preview
      </Typography>
      <PreviewInputs markets={markets} />
      {preview === null ? (
        <Alert severity="warning">Correct the marked input to see the sizes.</Alert>
      ) : (
        <>
          <PreviewTotals analysis={analysis} preview={preview} />
          <AllocationChart analysis={analysis} preview={preview} equity={inputs.equity} />
          <BandFigures preview={preview} />
        </>
      )}
    </Box>
  );
}

/** The risk band's two sizes in figures, for each strategy with risk_adjustment enabled. */
function BandFigures({ preview }: { preview: Preview }) {
  const banded = preview.strategies.filter((r) => r.band !== null);
  if (banded.length === 0) return null;
  return (
    <Box component="ul" aria-label="Risk bands" sx={{ m: 0, mt: 1, pl: 2 }}>
      {banded.map((r, i) => (
        <Typography key={i} component="li" variant="body2" data-testid="band-figures">
          {r.name}: {formatUsd(r.band?.min_usd ?? Number.NaN)} at min risk –{' '}
          {formatUsd(r.band?.max_usd ?? Number.NaN)} at max risk
        </Typography>
      ))}
    </Box>
  );
}

const PANEL = {
  width: 360,
  flexShrink: 0,
  borderLeft: 1,
  borderColor: 'divider',
  overflow: 'auto',
  p: 2,
} as const;

/** The markets the strategies trade, sorted, one per line (so equal lists compare equal). */
function marketsOf(analysis: Analysis): string {
  const markets = analysis.strategies.map((s) => s.market).filter((m) => m !== undefined);
  return [...new Set(markets)].sort().join('\n');
}

/** One input; an error marks the field itself, with the reason below it. */
function DraftField(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | undefined;
  help?: string | undefined;
  placeholder?: string | undefined;
}) {
  return (
    <TextField
      label={props.label}
      value={props.value}
      placeholder={props.placeholder}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error !== undefined}
      helperText={props.error ?? props.help}
      slotProps={{ htmlInput: { inputMode: 'decimal' }, inputLabel: { shrink: true } }}
    />
  );
}

const ENTER_PRICE = 'enter a price';

/** A market's own price; blank, it takes the price for any market. */
function MarketPrice(props: { market: string; draft: PreviewDraft; error: string | undefined }) {
  const { market, draft } = props;
  const own = draft.prices[market] ?? '';
  const noDefault = draft.price.trim() === '';
  return (
    <DraftField
      label={`Price ${market}`}
      value={own}
      placeholder={noDefault ? undefined : draft.price}
      onChange={(p) => setPreviewDraft({ prices: { ...draft.prices, [market]: p } })}
      error={props.error}
      help={noDefault && own.trim() === '' ? ENTER_PRICE : undefined}
    />
  );
}

/** The input fields; `markets` is one per line, so equal lists compare equal and skip a render. */
const PreviewInputs = memo(function PreviewInputs({ markets }: { markets: string }) {
  const draft = useValue(uiStore, (s) => s.preview);
  const errors = useMemo(() => parsePreviewDraft(draft).fieldErrors, [draft]);
  const noDefault = draft.price.trim() === '';
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, mb: 2 }}>
      <DraftField
        label="Equity (USD)"
        value={draft.equity}
        onChange={(equity) => setPreviewDraft({ equity })}
        error={errors.equity}
        placeholder="e.g. 25k"
      />
      <DraftField
        label="Price (USD)"
        value={draft.price}
        onChange={(price) => setPreviewDraft({ price })}
        error={errors.price}
        help={noDefault ? `${ENTER_PRICE} (any market)` : undefined}
      />
      {(markets === '' ? [] : markets.split('\n')).slice(0, 50).map((m) => (
        <MarketPrice key={m} market={m} draft={draft} error={errors.prices[m]} />
      ))}
      <DraftField
        label="Signal strength"
        value={draft.strength}
        onChange={(strength) => setPreviewDraft({ strength })}
        error={errors.strength}
        help="0 to 1, or 0 % to 100 %"
      />
    </Box>
  );
});
