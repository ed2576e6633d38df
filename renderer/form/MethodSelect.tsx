import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Method } from '../../shared/sizing-keys.ts';
import { METHODS } from '../../shared/sizing-keys.ts';
import { memo } from 'react';
import { useReadOnly } from './read-only.ts';
import { sameProps } from './same-props.ts';

export interface MethodSelectProps {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  /** The method as written (may be an alias or an unknown name). */
  readonly value: unknown;
  readonly onChange: (method: Method) => void;
  readonly disabled?: boolean;
  /** A line under each of METHODS in the menu: what it needs and where that would come from. */
  readonly descriptions?: readonly string[] | undefined;
  /** A problem with the method, shown in place of the help text. */
  readonly error?: string | undefined;
}

/** The sizing method, from SPEC §2's five methods (an alias or unknown value is shown as written). */
export const MethodSelect = memo(function MethodSelect(props: MethodSelectProps) {
  const readOnly = useReadOnly();
  const written = typeof props.value === 'string' ? props.value : '';
  const options: string[] = [...METHODS];
  if (written !== '' && !options.includes(written)) options.push(written);
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={written}
      fullWidth
      disabled={props.disabled === true || readOnly}
      error={props.error !== undefined}
      helperText={props.error ?? props.help}
      onChange={(e) => {
        const m = e.target.value;
        if ((METHODS as readonly string[]).includes(m)) props.onChange(m as Method);
      }}
      slotProps={{ select: { renderValue: (v) => String(v) } }}
    >
      {options.map((m) => (
        <MenuItem key={m} value={m} disabled={!(METHODS as readonly string[]).includes(m)}>
          <ListItemText
            primary={m}
            secondary={props.descriptions?.[(METHODS as readonly string[]).indexOf(m)]}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}, sameProps);
