import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { overrideParameter, resetParameter } from '../../shared/edits/sizing-edits.ts';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import type { Source } from '../../shared/resolve/inheritance.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { DEFAULTS, SIZING_KEYS } from '../../shared/sizing-keys.ts';
import { methodNeeds } from '../../shared/ui-model/method-needs.ts';
import { setSizingValue } from '../../shared/edits/sizing-edits.ts';
import { dispatch, dispatchOnConfig } from '../form/edit.ts';
import { sizingHelp } from '../form/help-text.ts';
import { MethodSelect } from '../form/MethodSelect.tsx';
import { NumberField } from '../form/NumberField.tsx';
import { formatOfUnit } from '../form/number-formats.ts';
import { useReadOnly } from '../form/read-only.ts';
import { callbackCache, sameProps } from '../form/same-props.ts';
import { sizingValueText } from '../form/value-text.ts';
import { sizingFieldId } from '../problems/field-ids.ts';
import { focusField } from '../state/ui-store.ts';

export interface ParameterRowProps {
  readonly index: number;
  readonly paramKey: CanonicalKey;
  readonly source: Source | undefined;
  readonly value: unknown;
  /** The strategy's method requires this parameter. */
  readonly required: boolean;
  /** What the global block sets for it (shown under an override), or undefined. */
  readonly globalValue: unknown;
  /** For the method: one line per method in the menu (see {@link describeNeeds}). */
  readonly descriptions?: readonly string[] | undefined;
  readonly error?: string | undefined;
  /** Not used by the strategy's method: shown dimmed. */
  readonly unused?: boolean;
}

const commit = callbackCache((id) => {
  const [index, key] = id.split(':') as [string, CanonicalKey];
  const target = { kind: 'strategy', index: Number(index) } as const;
  return (v: unknown) =>
    dispatchOnConfig((t, config) => setSizingValue(t, target, key, v, config), `s${index}:${key}`);
});

/** One sizing parameter of a strategy: its effective value, where it comes from, Override / Reset. */
export const ParameterRow = memo(function ParameterRow({
  index,
  paramKey: key,
  source,
  value,
  required,
  globalValue,
  descriptions,
  error,
  unused,
}: ParameterRowProps) {
  const readOnly = useReadOnly();
  const info = SIZING_KEYS[key];
  const id = sizingFieldId({ kind: 'strategy', index }, key);
  const onCommit = commit(`${index}:${key}`);
  const inherited = source === 'global' || source === 'default';
  const missing = source === undefined && required;
  const field =
    info.unit === 'method' ? (
      <MethodSelect
        id={id}
        label={info.label}
        help={sizingHelp(key)}
        value={value}
        onChange={onCommit}
        descriptions={descriptions}
        error={error}
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
        onCommit={onCommit}
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
        color: unused === true ? 'text.secondary' : 'text.primary',
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        {field}
        <SourceLine paramKey={key} source={source} globalValue={globalValue} />
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
            aria-label={`Reset to inherited: ${info.label}`}
            onClick={() => dispatch((t) => resetParameter(t, index, key))}
          >
            Reset to inherited
          </Button>
        )}
      </Box>
    </Box>
  );
}, sameProps);

function SourceLine({
  paramKey: key,
  source,
  globalValue,
}: {
  paramKey: CanonicalKey;
  source: string | undefined;
  globalValue: unknown;
}) {
  if (source !== 'strategy') return null;
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
