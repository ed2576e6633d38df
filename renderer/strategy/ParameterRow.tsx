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
import { SEARCH_MARK } from '../form/search-mark.ts';
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
  /** The settings search picks this field out. */
  readonly matched?: boolean;
}

const commit = callbackCache((id) => {
  const [index, key] = id.split(':') as [string, CanonicalKey];
  const target = { kind: 'strategy', index: Number(index) } as const;
  // Typing into an inherited field writes the override: the first keystroke creates it, and the
  // keystrokes after it coalesce into the same undo step.
  return (v: unknown) =>
    dispatchOnConfig((t, config) => setSizingValue(t, target, key, v, config), `s${index}:${key}`);
});

/** The field itself: the method menu, or a number field that shows and takes the effective value. */
function ParameterField(p: ParameterRowProps) {
  const info = SIZING_KEYS[p.paramKey];
  const id = sizingFieldId({ kind: 'strategy', index: p.index }, p.paramKey);
  const onCommit = commit(`${p.index}:${p.paramKey}`);
  const missing = p.source === undefined && p.required;
  if (info.unit === 'method') {
    return (
      <MethodSelect
        id={id}
        label={info.label}
        help={sizingHelp(p.paramKey)}
        value={p.value}
        onChange={onCommit}
        descriptions={p.descriptions}
      />
    );
  }
  return (
    <NumberField
      id={id}
      label={info.label}
      help={sizingHelp(p.paramKey)}
      value={p.value}
      format={formatOfUnit(info.unit)}
      dimmed={p.source === 'global' || p.source === 'default' || p.unused === true}
      placeholder={missing ? 'missing' : 'not set'}
      error={p.error ?? (missing ? 'Missing: set it here or in Global sizing.' : undefined)}
      onCommit={onCommit}
    />
  );
}

/**
 * One sizing parameter of a strategy: its effective value, where it comes from (a bar in the
 * primary colour when set here, as VS Code marks a modified setting), Override / Reset.
 */
export const ParameterRow = memo(function ParameterRow(props: ParameterRowProps) {
  const { paramKey: key, source } = props;
  return (
    <Box
      data-param={key}
      data-source={source ?? 'none'}
      data-match={props.matched === true ? 'true' : undefined}
      sx={{
        display: 'grid',
        gridTemplateColumns: '1fr auto',
        gap: 1.5,
        alignItems: 'start',
        pl: 1.25,
        pt: 1.25,
        pb: 0.5,
        borderLeft: 3,
        borderColor: source === 'strategy' ? 'primary.main' : 'transparent',
        borderRadius: 0.5,
        color: props.unused === true ? 'text.secondary' : 'text.primary',
        ...(props.matched === true ? SEARCH_MARK : {}),
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        <ParameterField {...props} />
        <SourceLine paramKey={key} source={source} globalValue={props.globalValue} />
      </Box>
      <RowActions index={props.index} paramKey={key} source={source} unused={props.unused} />
    </Box>
  );
}, sameProps);

/** Where the value comes from, in a chip, and Override or Reset to inherited. */
function RowActions({
  index,
  paramKey: key,
  source,
  unused,
}: {
  index: number;
  paramKey: CanonicalKey;
  source: Source | undefined;
  unused: boolean | undefined;
}) {
  const readOnly = useReadOnly();
  const label = SIZING_KEYS[key].label;
  const inherited = source === 'global' || source === 'default';
  const chip = unused === true ? 'not used' : inherited ? SOURCE_CHIP[source] : undefined;
  const override = () => {
    dispatch((t) => overrideParameter(t, index, key));
    focusField(sizingFieldId({ kind: 'strategy', index }, key));
  };
  return (
    <Box sx={{ pt: 0.5, display: 'flex', gap: 1, alignItems: 'center', minWidth: 190 }}>
      <Box sx={{ flex: 1 }} />
      {chip !== undefined && <Chip size="small" variant="outlined" label={chip} />}
      {inherited && !readOnly && (
        <Button size="small" aria-label={`Override ${label}`} onClick={override}>
          Override
        </Button>
      )}
      {source === 'strategy' && !readOnly && (
        <Button
          size="small"
          aria-label={`Reset to inherited: ${label}`}
          onClick={() => dispatch((t) => resetParameter(t, index, key))}
        >
          Reset to inherited
        </Button>
      )}
    </Box>
  );
}

/** The chip of an inherited value, as the legend explains it. */
export const SOURCE_CHIP = { global: 'from global', default: 'default' } as const;

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
