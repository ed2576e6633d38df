import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import {
  overrideParameter,
  resetParameter,
  setSizingValue,
} from '../../shared/edits/sizing-edits.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { SizingLayer } from '../../shared/resolve/sizing-layer.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { DEFAULTS, REQUIRED_BY_METHOD, SIZING_KEYS } from '../../shared/sizing-keys.ts';
import { methodNeeds } from '../../shared/ui-model/method-needs.ts';
import { dispatch } from '../form/edit.ts';
import { sizingHelp } from '../form/help-text.ts';
import { MethodSelect } from '../form/MethodSelect.tsx';
import { NumberField } from '../form/NumberField.tsx';
import { formatOfUnit } from '../form/number-formats.ts';
import { useReadOnly } from '../form/read-only.ts';
import { sizingValueText } from '../form/value-text.ts';
import { sizingFieldId } from '../problems/field-ids.ts';
import { focusField } from '../ui/ui-store.ts';

export interface ParameterRowProps {
  readonly strategy: ResolvedStrategy;
  readonly global: SizingLayer;
  readonly paramKey: CanonicalKey;
  readonly error?: string | undefined;
  /** Not used by the strategy's method: shown dimmed. */
  readonly unused?: boolean;
}

/** One sizing parameter of a strategy: its effective value, where it comes from, Override / Reset. */
export function ParameterRow({
  strategy,
  global,
  paramKey: key,
  error,
  unused,
}: ParameterRowProps) {
  const readOnly = useReadOnly();
  const info = SIZING_KEYS[key];
  const index = strategy.index;
  const source = strategy.sizing.sources[key];
  const value = strategy.sizing.values[key];
  const id = sizingFieldId({ kind: 'strategy', index }, key);
  const target = { kind: 'strategy', index } as const;
  const commit = (v: unknown) =>
    dispatch((t) => setSizingValue(t, target, key, v), `s${index}:${key}`);
  const inherited = source === 'global' || source === 'default';
  const required =
    strategy.sizing.method !== undefined &&
    REQUIRED_BY_METHOD[strategy.sizing.method].includes(key);
  const missing = source === undefined && required;
  const field =
    info.unit === 'method' ? (
      <MethodSelect
        id={id}
        label={info.label}
        help={sizingHelp(key)}
        value={value}
        onChange={(m) => commit(m)}
        describe={(m) => describeNeeds(strategy, m)}
      />
    ) : (
      <NumberField
        id={id}
        label={info.label}
        help={sizingHelp(key)}
        value={value}
        format={formatOfUnit(info.unit)}
        disabled={inherited}
        placeholder={missing ? 'missing' : 'not set'}
        error={error ?? (missing ? 'Missing: set it here or in Global sizing.' : undefined)}
        onCommit={commit}
      />
    );
  return (
    <Box
      data-param={key}
      data-source={source ?? 'none'}
      sx={{
        display: 'grid',
        gridTemplateColumns: '1fr auto',
        gap: 1.5,
        alignItems: 'start',
        opacity: unused === true ? 0.6 : 1,
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        {field}
        <SourceLine paramKey={key} source={source} global={global} />
      </Box>
      <Box
        sx={{
          pt: 0.5,
          display: 'flex',
          gap: 1,
          alignItems: 'center',
          minWidth: 190,
          justifyContent: 'flex-end',
        }}
      >
        {inherited && (
          <Chip
            size="small"
            variant="outlined"
            label={source === 'global' ? 'from global' : 'default'}
          />
        )}
        {inherited && !readOnly && (
          <Button
            size="small"
            aria-label={`Override ${info.label}`}
            onClick={() => {
              dispatch((t) => overrideParameter(t, index, key));
              focusField(id);
            }}
          >
            Override
          </Button>
        )}
        {source === 'strategy' && !readOnly && (
          <Button
            size="small"
            aria-label={`Reset ${info.label} to inherited`}
            onClick={() => dispatch((t) => resetParameter(t, index, key))}
          >
            Reset to inherited
          </Button>
        )}
      </Box>
    </Box>
  );
}

function SourceLine({
  paramKey: key,
  source,
  global,
}: {
  paramKey: CanonicalKey;
  source: string | undefined;
  global: SizingLayer;
}) {
  if (source !== 'strategy') return null;
  const globalValue = global.spelled[key] !== undefined ? global.values[key] : undefined;
  const fallback = DEFAULTS[key];
  const text =
    globalValue !== undefined
      ? `overrides global: ${sizingValueText(key, globalValue)}`
      : fallback !== undefined
        ? `overrides default: ${sizingValueText(key, fallback)}`
        : 'set on this strategy only (not in global)';
  return (
    <Typography
      variant="caption"
      color="primary"
      sx={{ display: 'block', mt: 0.5, ml: 1.75 }}
      data-testid={`${key}-overrides`}
    >
      {text}
    </Typography>
  );
}

/** "needs risk_per_trade_pct (from global: 2 %)" — what switching to `method` would use. */
export function describeNeeds(
  strategy: ResolvedStrategy,
  method: Parameters<typeof methodNeeds>[1],
): string {
  return methodNeeds(strategy, method)
    .filter((n) => n.required || n.source !== undefined)
    .map((n) =>
      n.source === undefined
        ? `${n.key}: missing`
        : n.source === 'strategy'
          ? `${n.key}: set here (${sizingValueText(n.key, n.value)})`
          : `${n.key}: ${n.source === 'global' ? 'from global' : 'default'} (${sizingValueText(n.key, n.value)})`,
    )
    .join(' · ');
}
