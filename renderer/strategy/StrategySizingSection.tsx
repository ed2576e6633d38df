import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Analysis } from '../../shared/analyze.ts';
import { globalLayer } from '../../shared/resolve/resolve-strategies.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { CANONICAL_KEYS, METHODS, REQUIRED_BY_METHOD } from '../../shared/sizing-keys.ts';
import { methodNeeds, parametersShown } from '../../shared/ui-model/method-needs.ts';
import { formatFraction } from '../../shared/format/money.ts';
import { sizingValueText } from '../form/value-text.ts';
import { useFieldErrors } from '../problems/use-field-errors.ts';
import { FixList } from '../problems/FixList.tsx';
import { resetAllOverrides } from '../../shared/edits/sizing-edits.ts';
import { dispatch } from '../form/edit.ts';
import { useReadOnly } from '../form/read-only.ts';
import { useSearchedFields } from '../state/search.ts';
import { ParameterRow, describeNeeds } from './ParameterRow.tsx';
import { SourceLegend } from './SourceLegend.tsx';

/** A strategy's Position sizing: effective values with their source, Override and Reset. */
export function StrategySizingSection({
  analysis,
  strategy,
}: {
  analysis: Analysis;
  strategy: ResolvedStrategy;
}) {
  const global = globalLayer(analysis.config);
  const method = strategy.sizing.method;
  const shown: CanonicalKey[] = parametersShown(method);
  const extra = CANONICAL_KEYS.filter(
    (k) => k !== 'method' && !shown.includes(k) && strategy.sizing.sources[k] === 'strategy',
  );
  const errors = useFieldErrors(analysis, ['strategies', strategy.index, 'position_sizing']);
  const required: readonly CanonicalKey[] = method === undefined ? [] : REQUIRED_BY_METHOD[method];
  const matched = useSearchedFields(analysis, strategy.index);
  const row = (key: CanonicalKey, unused = false) => (
    <ParameterRow
      key={key}
      index={strategy.index}
      paramKey={key}
      source={strategy.sizing.sources[key]}
      value={strategy.sizing.values[key]}
      required={required.includes(key)}
      globalValue={global.spelled[key] !== undefined ? global.values[key] : undefined}
      descriptions={key === 'method' ? METHODS.map((m) => describeNeeds(strategy, m)) : undefined}
      error={errors.get(key)}
      unused={unused}
      matched={matched.has(key)}
    />
  );
  return (
    <Stack spacing={2} component="section" aria-label="Position sizing">
      <SizingHeader strategy={strategy} matched={matched.size} />
      <FixList analysis={analysis} prefix={['strategies', strategy.index]} />
      {row('method')}
      {method !== undefined && <NeedsSummary strategy={strategy} />}
      {shown.map((k) => row(k))}
      {extra.length > 0 && (
        <>
          <Typography variant="caption" color="text.secondary">
            Set on this strategy but not used by {method ?? 'its method'}:
          </Typography>
          {extra.map((k) => row(k, true))}
        </>
      )}
      <Typography variant="body2" color="text.secondary" data-testid="stop-distance">
        Stop distance for risk:{' '}
        {strategy.stop.fraction === undefined ? 'invalid' : formatFraction(strategy.stop.fraction)}{' '}
        (
        {strategy.stop.key === 'stop_loss_pct'
          ? 'from stop_loss_pct'
          : strategy.stop.key === null
            ? 'built-in default'
            : `default_stop_loss_pct, ${strategy.stop.source}`}
        )
      </Typography>
    </Stack>
  );
}

/** The section's title, the legend, what the search picks out, and Reset all overrides. */
function SizingHeader({ strategy, matched }: { strategy: ResolvedStrategy; matched: number }) {
  return (
    // The button shares the title's line only: the legend below gets the form's whole width.
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1 }}>
          Position sizing
        </Typography>
        <ResetAllButton index={strategy.index} strategy={strategy} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        Effective values for this strategy. Typing into an inherited value overrides it here.
      </Typography>
      <SourceLegend method={strategy.sizing.method} />
      {matched > 0 && (
        <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="search-picks">
          The search picks out {matched === 1 ? '1 field' : `${matched} fields`}, outlined below.
        </Typography>
      )}
    </Box>
  );
}

/** "Reset all overrides": every sizing value inherited again, as one undo step. */
function ResetAllButton({ index, strategy }: { index: number; strategy: ResolvedStrategy }) {
  const readOnly = useReadOnly();
  const overrides = strategy.layer.size;
  if (readOnly) return null;
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={<RestartAltOutlined />}
      disabled={overrides === 0}
      onClick={() => dispatch((t) => resetAllOverrides(t, index))}
      sx={{ flexShrink: 0, mt: 0.5 }}
    >
      Reset all overrides{overrides > 0 ? ` (${overrides})` : ''}
    </Button>
  );
}

function NeedsSummary({ strategy }: { strategy: ResolvedStrategy }) {
  const method = strategy.sizing.method;
  if (method === undefined) return null;
  const needs = methodNeeds(strategy, method).filter((n) => n.required);
  const missing = needs.filter((n) => n.source === undefined);
  const text = needs
    .map((n) =>
      n.source === undefined
        ? `${n.key} is missing`
        : `${n.key} ${n.source === 'strategy' ? 'is set here' : n.source === 'global' ? 'is inherited from global' : 'is the default'} (${sizingValueText(n.key, n.value)})`,
    )
    .join('; ');
  return (
    <Alert
      severity={missing.length > 0 ? 'error' : 'info'}
      variant="outlined"
      data-testid="method-needs"
    >
      {method} needs {needs.map((n) => n.key).join(', ')}: {text}.
    </Alert>
  );
}
