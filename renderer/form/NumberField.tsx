import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import { memo, useState } from 'react';
import { documentStore } from '../state/stores.ts';
import type { NumberFormat } from './number-formats.ts';
import { draftOf } from './number-formats.ts';
import { useReadOnly } from './read-only.ts';
import { sameProps } from './same-props.ts';

export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  /** The value in the file (any JSON value; a non-number shows as text to fix). */
  readonly value: unknown;
  readonly format: NumberFormat;
  readonly onCommit: (value: number) => void;
  /** Removes the key; offered only when set. */
  readonly onRemove?: (() => void) | undefined;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /**
   * Shown in the secondary text colour (inherited, or not used by the method), at a contrast
   * still ≥ 4.5:1 and still typed into: never a disabled input.
   */
  readonly dimmed?: boolean;
  readonly error?: string | undefined;
}

/** A number field: writes on every valid keystroke; shows units beside the value. */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const { value, format } = props;
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState(() => draftOf(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    // The file changed (undo, JSON view): follow it unless the draft already means the same.
    setShown(value);
    if (format.parse(draft) !== value) setDraft(draftOf(value));
  }
  const parsed = format.parse(draft);
  const invalid =
    draft.trim() !== '' &&
    (parsed === undefined || (format.integer === true && !Number.isInteger(parsed)));
  const aside = typeof value === 'number' ? format.aside(value) : undefined;
  const set = value !== undefined;
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={draft}
      fullWidth
      disabled={props.disabled === true}
      placeholder={props.placeholder}
      error={invalid || props.error !== undefined}
      helperText={invalid ? format.why(draft) : (props.error ?? props.help)}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const n = format.parse(text);
        if (n !== undefined && n !== value && !(format.integer === true && !Number.isInteger(n)))
          props.onCommit(n);
      }}
      onBlur={() => {
        documentStore.seal();
        if (!invalid && parsed !== undefined) setDraft(draftOf(value));
      }}
      slotProps={{
        input: {
          readOnly,
          sx: props.dimmed === true ? { color: 'text.secondary' } : undefined,
          endAdornment: (
            <InputAdornment position="end" sx={{ gap: 0.5 }}>
              {aside !== undefined && (
                <span data-testid={`${props.id}-aside`} style={{ whiteSpace: 'nowrap' }}>
                  {aside}
                </span>
              )}
              {set && props.onRemove !== undefined && !readOnly && props.disabled !== true && (
                <Tooltip title={`Remove ${props.label}`}>
                  <IconButton
                    size="small"
                    aria-label={`Remove ${props.label}`}
                    onClick={props.onRemove}
                    edge="end"
                  >
                    <CloseOutlined fontSize="inherit" />
                  </IconButton>
                </Tooltip>
              )}
            </InputAdornment>
          ),
        },
        htmlInput: { inputMode: 'decimal', spellCheck: false },
      }}
    />
  );
}, sameProps);
