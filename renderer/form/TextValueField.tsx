import TextField from '@mui/material/TextField';
import { memo, useState } from 'react';
import { documentStore } from '../state/stores.ts';
import { useReadOnly } from './read-only.ts';
import { sameProps } from './same-props.ts';

export interface TextValueFieldProps {
  readonly id: string;
  readonly label: string;
  readonly help: string;
  readonly value: unknown;
  readonly onCommit: (value: string) => void;
  readonly required?: boolean;
  readonly error?: string | undefined;
}

/** A text field writing on every keystroke (an empty required value is not written). */
export const TextValueField = memo(function TextValueField(props: TextValueFieldProps) {
  const readOnly = useReadOnly();
  const text = typeof props.value === 'string' ? props.value : '';
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  if (shown !== text) {
    setShown(text);
    setDraft(text);
  }
  const empty = props.required === true && draft.trim() === '';
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={draft}
      fullWidth
      required={props.required === true}
      error={empty || props.error !== undefined}
      helperText={empty ? `${props.label} is required.` : (props.error ?? props.help)}
      onChange={(e) => {
        setDraft(e.target.value);
        if (!(props.required === true && e.target.value.trim() === ''))
          props.onCommit(e.target.value);
      }}
      onBlur={() => documentStore.seal()}
      slotProps={{ input: { readOnly }, htmlInput: { spellCheck: false } }}
    />
  );
}, sameProps);
