import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Analysis } from '../../shared/analyze.ts';
import { removeKey } from '../../shared/edits/set-value.ts';
import { globalLayer } from '../../shared/resolve/resolve-strategies.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import {
  CANONICAL_KEYS,
  DEFAULTS,
  LIMIT_KEYS,
  SIZING_KEYS,
  canonicalMethodOf,
} from '../../shared/sizing-keys.ts';
import { parametersShown } from '../../shared/ui-model/method-needs.ts';
import { setSizingValue } from '../../shared/edits/sizing-edits.ts';
import { dispatch, dispatchOnConfig } from '../form/edit.ts';
import { sizingHelp } from '../form/help-text.ts';
import { MethodSelect } from '../form/MethodSelect.tsx';
import { NumberField } from '../form/NumberField.tsx';
import { formatOfUnit } from '../form/number-formats.ts';
import { callbackCache } from '../form/same-props.ts';
import { sizingFieldId } from '../problems/field-ids.ts';
import { FixList } from '../problems/FixList.tsx';
import { useFieldErrors } from '../problems/use-field-errors.ts';
import { useSearchedFields } from '../state/search.ts';
import { GlobalField } from './GlobalField.tsx';

const GLOBAL = { kind: 'global' } as const;

const commit = callbackCache(
  (key) => (v: number) =>
    dispatchOnConfig(
      (t, config) => setSizingValue(t, GLOBAL, key as CanonicalKey, v, config),
      `global:${key}`,
    ),
);
const remove = callbackCache(
  (spelled) => () => dispatch((t) => removeKey(t, ['position_sizing', spelled])),
);
const setMethod = (m: string) =>
  dispatchOnConfig((t, config) => setSizingValue(t, GLOBAL, 'method', m, config));

/** The global position_sizing block: every strategy inherits what it does not set. */
export function GlobalSizingForm({ analysis }: { analysis: Analysis }) {
  const layer = globalLayer(analysis.config);
  const method = canonicalMethodOf(layer.values.method ?? DEFAULTS.method);
  const shown = parametersShown(method);
  const methodKeys = shown.filter((k) => !(LIMIT_KEYS as readonly string[]).includes(k));
  // Every other key stays editable here: strategies with another method inherit it.
  const others = CANONICAL_KEYS.filter((k) => k !== 'method' && !shown.includes(k));
  const errors = useFieldErrors(analysis, ['position_sizing']);
  const matched = useSearchedFields(analysis, null);
  const field = (key: CanonicalKey) => {
    const info = SIZING_KEYS[key];
    if (info.unit === 'method') return null;
    const spelled = layer.spelled[key];
    return (
      <GlobalField key={key} paramKey={key} value={layer.values[key]} matched={matched.has(key)}>
        <NumberField
          id={sizingFieldId(GLOBAL, key)}
          label={
            spelled !== undefined && spelled !== key ? `${info.label} (${spelled})` : info.label
          }
          help={sizingHelp(key)}
          value={layer.values[key]}
          format={formatOfUnit(info.unit)}
          placeholder={DEFAULTS[key] !== undefined ? `default ${DEFAULTS[key]}` : 'not set'}
          error={errors.get(key)}
          onCommit={commit(key)}
          onRemove={spelled === undefined ? undefined : remove(spelled)}
        />
      </GlobalField>
    );
  };
  return (
    <Stack spacing={3} component="section" aria-label="Global sizing">
      <Box>
        <Typography variant="h6" component="h2">
          Global sizing
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Every strategy inherits these values unless it overrides them in its own position sizing.
          A bar marks a value set away from the built-in default.
        </Typography>
      </Box>
      <FixList analysis={analysis} prefix={[]} />
      <Stack spacing={2}>
        <GlobalField paramKey="method" value={layer.values.method} matched={matched.has('method')}>
          <MethodSelect
            id={sizingFieldId(GLOBAL, 'method')}
            label={layer.spelled.method === undefined ? 'Method (default)' : 'Method'}
            help={sizingHelp('method')}
            value={layer.values.method ?? DEFAULTS.method}
            onChange={setMethod}
          />
        </GlobalField>
        {methodKeys.map(field)}
      </Stack>
      <Box>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Limits
        </Typography>
        <Stack spacing={2}>{LIMIT_KEYS.map(field)}</Stack>
      </Box>
      {others.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3">
            Other parameters
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Not used by {method ?? 'this method'} here; strategies with another method inherit them.
          </Typography>
          <Stack spacing={2}>{others.map(field)}</Stack>
        </Box>
      )}
    </Stack>
  );
}
