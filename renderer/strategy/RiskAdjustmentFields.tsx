import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { Analysis } from '../../shared/analyze.ts';
import { asRecord, own } from '../../shared/json-access.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import { riskAdjustmentHelp } from '../form/help-text.ts';
import { NumberField } from '../form/NumberField.tsx';
import { FORMATS } from '../form/number-formats.ts';
import { useReadOnly } from '../form/read-only.ts';
import { strategyFieldId } from '../problems/field-ids.ts';
import { useFieldErrors } from '../problems/use-field-errors.ts';
import { setStrategyValue, strategyFieldSetters } from './strategy-field-edits.ts';

const FIELDS = [
  ['performance_window', 'Performance window (trades)', FORMATS.integer],
  ['min_risk_pct', 'Min risk per trade', FORMATS.fraction],
  ['max_risk_pct', 'Max risk per trade', FORMATS.fraction],
] as const;

/** risk_adjustment: scale risk between a min and a max with recent performance. */
export function RiskAdjustmentFields({
  analysis,
  strategy,
}: {
  analysis: Analysis;
  strategy: ResolvedStrategy;
}) {
  const readOnly = useReadOnly();
  const i = strategy.index;
  const block = asRecord(own(strategy.raw, 'risk_adjustment'));
  const on = strategyFieldSetters(i);
  const errors = useFieldErrors(analysis, ['strategies', i, 'risk_adjustment']);
  const whole = useFieldErrors(analysis, ['strategies', i]).get('risk_adjustment');
  return (
    <Box component="section" aria-label="Risk adjustment">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Risk adjustment
      </Typography>
      <FormControlLabel
        control={
          <Switch
            id={strategyFieldId(i, 'risk_adjustment.enabled')}
            checked={own(block, 'enabled') === true}
            disabled={readOnly}
            onChange={(e) => setStrategyValue(i, ['risk_adjustment', 'enabled'], e.target.checked)}
          />
        }
        label={riskAdjustmentHelp('enabled')}
      />
      {whole !== undefined && (
        <Typography variant="body2" color="warning.main">
          {whole}
        </Typography>
      )}
      {block !== undefined && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
            gap: 2,
            mt: 1,
          }}
        >
          {FIELDS.map(([field, label, format]) => (
            <NumberField
              key={field}
              id={strategyFieldId(i, `risk_adjustment.${field}`)}
              label={label}
              help={riskAdjustmentHelp(field)}
              value={own(block, field)}
              format={format}
              placeholder="not set"
              error={errors.get(field)}
              onCommit={on.set(`risk_adjustment.${field}`)}
              onRemove={on.remove(`risk_adjustment.${field}`)}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}
