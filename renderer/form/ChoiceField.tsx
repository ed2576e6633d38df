import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { useReadOnly } from './read-only.ts';
import { sameProps } from './same-props.ts';

export interface ChoiceFieldProps {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  readonly options: readonly string[];
  readonly error?: string | undefined;
}

const NONE = '\u0000none';

/** One value from a list; "not set" removes the key. Values outside the list are kept and shown. */
export const ChoiceField = memo(function ChoiceField(
  props: ChoiceFieldProps & { value: unknown; onChange: (value: string | undefined) => void },
) {
  const readOnly = useReadOnly();
  const value = typeof props.value === 'string' ? props.value : NONE;
  const options =
    value === NONE || props.options.includes(value) ? props.options : [...props.options, value];
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={value}
      fullWidth
      disabled={readOnly}
      error={props.error !== undefined}
      helperText={props.error ?? props.help}
      onChange={(e) => props.onChange(e.target.value === NONE ? undefined : e.target.value)}
    >
      <MenuItem value={NONE}>
        <em>not set</em>
      </MenuItem>
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          {o}
        </MenuItem>
      ))}
    </TextField>
  );
}, sameProps);

/** Several values from a list (e.g. indicator names); unknown names stay visible to fix. */
export const MultiChoiceField = memo(function MultiChoiceField(
  props: ChoiceFieldProps & { value: unknown; onChange: (value: string[]) => void },
) {
  const readOnly = useReadOnly();
  const value = Array.isArray(props.value)
    ? props.value.filter((v): v is string => typeof v === 'string')
    : [];
  const options = [...props.options, ...value.filter((v) => !props.options.includes(v))];
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={value}
      fullWidth
      disabled={readOnly}
      error={props.error !== undefined}
      helperText={props.error ?? props.help}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => (selected as string[]).join(', '),
          onChange: (e) => props.onChange(e.target.value as string[]),
        },
      }}
    >
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          <Checkbox size="small" checked={value.includes(o)} sx={{ p: 0, mr: 1 }} />
          <ListItemText
            primary={o}
            secondary={props.options.includes(o) ? undefined : 'not in indicators[]'}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}, sameProps);
