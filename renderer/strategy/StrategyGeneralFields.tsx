import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import type { Analysis } from '../../shared/analyze.ts';
import { asRecord, own } from '../../shared/json-access.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import { ChoiceField, MultiChoiceField } from '../form/ChoiceField.tsx';
import { strategyHelp } from '../form/help-text.ts';
import { NumberField } from '../form/NumberField.tsx';
import { FORMATS } from '../form/number-formats.ts';
import { useReadOnly } from '../form/read-only.ts';
import { TextValueField } from '../form/TextValueField.tsx';
import { strategyFieldId } from '../problems/field-ids.ts';
import { useFieldErrors } from '../problems/use-field-errors.ts';
import { setStrategyValue, strategyFieldSetters } from './strategy-field-edits.ts';

const TIMEFRAMES = [
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
  '1d',
  '3d',
  '1w',
];

function namesOf(config: unknown, list: string): string[] {
  const items = own(asRecord(config), list);
  if (!Array.isArray(items)) return [];
  return items
    .map((i) => own(asRecord(i), 'name'))
    .filter((n): n is string => typeof n === 'string');
}

const NUMBER_FIELDS = [
  ['stop_loss_pct', 'Stop loss (%)', FORMATS.percent],
  ['take_profit_pct', 'Take profit (%)', FORMATS.percent],
  ['main_leverage', 'Leverage', FORMATS.ratio],
  ['hedge_leverage', 'Hedge leverage', FORMATS.ratio],
  ['hedge_ratio', 'Hedge ratio', FORMATS.fraction],
] as const;

/** Name, market, exchange, enabled, timeframe, indicators, stops, leverage and hedge fields. */
export function StrategyGeneralFields({
  analysis,
  strategy,
}: {
  analysis: Analysis;
  strategy: ResolvedStrategy;
}) {
  const readOnly = useReadOnly();
  const i = strategy.index;
  const raw = strategy.raw;
  const on = strategyFieldSetters(i);
  const errors = useFieldErrors(analysis, ['strategies', i]);
  const exchanges = namesOf(analysis.config, 'exchanges');
  const indicators = namesOf(analysis.config, 'indicators');
  const text = (field: string, label: string, required = false) => (
    <TextValueField
      id={strategyFieldId(i, field)}
      label={label}
      help={strategyHelp(field)}
      value={own(raw, field)}
      required={required}
      error={errors.get(field)}
      onCommit={on.set(field)}
    />
  );
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2 }}
    >
      {text('name', 'Name', true)}
      {text('market', 'Market')}
      {exchanges.length > 0 ? (
        <ChoiceField
          id={strategyFieldId(i, 'exchange')}
          label="Exchange"
          help={strategyHelp('exchange')}
          options={exchanges}
          value={own(raw, 'exchange')}
          error={errors.get('exchange')}
          onChange={on.set('exchange')}
        />
      ) : (
        text('exchange', 'Exchange')
      )}
      <ChoiceField
        id={strategyFieldId(i, 'timeframe')}
        label="Timeframe"
        help={strategyHelp('timeframe')}
        options={TIMEFRAMES}
        value={own(raw, 'timeframe')}
        error={errors.get('timeframe')}
        onChange={on.set('timeframe')}
      />
      <MultiChoiceField
        id={strategyFieldId(i, 'indicators')}
        label="Indicators"
        help={indicators.length > 0 ? strategyHelp('indicators') : 'No indicators[] in this file.'}
        options={indicators}
        value={own(raw, 'indicators')}
        error={errors.get('indicators')}
        onChange={on.set('indicators')}
      />
      <FormControlLabel
        sx={{ alignSelf: 'start', mt: 0.5 }}
        control={
          <Switch
            id={strategyFieldId(i, 'enabled')}
            checked={strategy.enabled}
            disabled={readOnly}
            onChange={(e) => setStrategyValue(i, ['enabled'], e.target.checked)}
          />
        }
        label={strategy.enabled ? 'Enabled' : 'Disabled'}
      />
      {NUMBER_FIELDS.map(([field, label, format]) => (
        <NumberField
          key={field}
          id={strategyFieldId(i, field)}
          label={label}
          help={strategyHelp(field)}
          value={own(raw, field)}
          format={format}
          placeholder="not set"
          error={errors.get(field)}
          onCommit={on.set(field)}
          onRemove={on.remove(field)}
        />
      ))}
    </Box>
  );
}
