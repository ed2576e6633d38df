import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { formatUsd } from '../../shared/format/money.ts';
import type { PreviewDraft } from '../ui/ui-store.ts';
import { uiStore } from '../ui/ui-store.ts';
import { useValue } from '../ui/value-store.ts';
import { AllocationChart } from './AllocationChart.tsx';
import { usePreview } from './use-preview.ts';

/** Preview inputs (equity, prices, signal strength) and the allocation they give. */
export function PreviewPanel({ analysis }: { analysis: Analysis }) {
  const { preview, inputError, inputs } = usePreview(analysis);
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
      {inputError !== undefined ? (
        <Alert severity="warning">{inputError}</Alert>
      ) : (
        preview !== null && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="preview-total">
              Total of enabled strategies: <strong>{formatUsd(preview.total_usd)}</strong>
            </Typography>
            <AllocationChart analysis={analysis} preview={preview} equity={inputs.equity} />
          </>
        )
      )}
    </Box>
  );
}

function set(patch: Partial<PreviewDraft>): void {
  uiStore.set((s) => ({ preview: { ...s.preview, ...patch } }));
}

/** The input fields; `markets` is one per line, so equal lists compare equal and skip a render. */
const PreviewInputs = memo(function PreviewInputs({ markets }: { markets: string }) {
  const draft = useValue(uiStore, (s) => s.preview);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, mb: 2 }}>
      <TextField
        label="Equity (USD)"
        value={draft.equity}
        onChange={(e) => set({ equity: e.target.value })}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      <TextField
        label="Price (USD)"
        value={draft.price}
        onChange={(e) => set({ price: e.target.value })}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      {(markets === '' ? [] : markets.split('\n')).slice(0, 50).map((m) => (
        <TextField
          key={m}
          label={`Price ${m}`}
          value={draft.prices[m] ?? ''}
          placeholder={draft.price}
          onChange={(e) => set({ prices: { ...draft.prices, [m]: e.target.value } })}
          slotProps={{ htmlInput: { inputMode: 'decimal' }, inputLabel: { shrink: true } }}
        />
      ))}
      <TextField
        label="Signal strength"
        value={draft.strength}
        onChange={(e) => set({ strength: e.target.value })}
        helperText="0 to 1"
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
    </Box>
  );
});
