import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { TypographyProps } from '@mui/material/Typography';
import { useState } from 'react';

/**
 * One line of text with an ellipsis where space runs out, and then (only then) a tooltip with
 * the whole text; the text itself stays whole in the page, so its accessible name is too.
 */
export function TruncatedText(props: TypographyProps & { readonly text: string }) {
  const { text, ...rest } = props;
  const [title, setTitle] = useState('');
  return (
    <Tooltip title={title} enterDelay={400} disableInteractive>
      <Typography
        noWrap
        {...rest}
        onMouseEnter={(e) => {
          const el = e.currentTarget;
          setTitle(el.scrollWidth > el.clientWidth ? text : '');
        }}
      >
        {text}
      </Typography>
    </Tooltip>
  );
}
