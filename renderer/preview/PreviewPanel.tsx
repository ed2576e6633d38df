import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { formatUsd } from '../../shared/format/money.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { AllocationChart } from './AllocationChart.tsx';
import { parsePreviewDraft, setPreviewDraft, usePreview } from '../state/preview.ts';

/** Preview inputs (equity, prices, signal strength) and the allocation they give. */
export function PreviewPanel({ analysis }: { analysis: Analysis }) {
  const { preview, inputs } = usePreview(analysis);
  const markets = useMemo(
    () =>
      [
        ...new Set(
          analysis.strategies.map((s) => s.market).filter((m): m is string => m !== undefined),
        ),
      ]
        .sort()
        .join('\n'),
    [analysis],
  );
  return (
    <Box
      component="section"
      aria-label="Preview"
      sx={{
        width: 360,
        flexShrink: 0,
        borderLeft: 1,
        borderColor: 'divider',
        overflow: 'auto',
        p: 2,
      }}
    >
      <Typography variant="subtitle2" component="h2" gutterBottom>
        Preview
      </Typography>
      <PreviewInputs markets={markets} />
      {preview === null ? (
        <Alert severity="warning">Correct the marked input to see the sizes.</Alert>
      ) : (
        preview !== null && (
          <>
            <Typography variant="body2" data-testid="engine-total">
              The engine trades: <strong>{formatUsd(preview.engine_total_usd)}</strong>
            </Typography>
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ mb: 1 }}
              data-testid="preview-total"
            >
              Guide total of enabled strategies: {formatUsd(preview.total_usd)}
            </Typography>
            <AllocationChart analysis={analysis} preview={preview} equity={inputs.equity} />
          </>
        )
      )}
    </Box>
  );
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
        <DraftField
          key={m}
          label={`Price ${m}`}
          value={draft.prices[m] ?? ''}
          placeholder={noDefault ? undefined : draft.price}
          onChange={(p) => setPreviewDraft({ prices: { ...draft.prices, [m]: p } })}
          error={errors.prices[m]}
          help={noDefault && (draft.prices[m] ?? '').trim() === '' ? ENTER_PRICE : undefined}
        />
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
