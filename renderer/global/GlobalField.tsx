import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { builtInDefault, isModifiedFromDefault } from '../../shared/ui-model/built-in-defaults.ts';
import { SEARCH_MARK } from '../form/search-mark.ts';
import { sizingValueText } from '../form/value-text.ts';

/** "default 25 %", or that there is none. */
function defaultText(key: CanonicalKey): string {
  const fallback = builtInDefault(key);
  return fallback === undefined
    ? 'no built-in default'
    : `default ${sizingValueText(key, fallback)}`;
}

/**
 * A global field with VS Code's modified mark: a bar in the primary colour (named for screen
 * readers) and the built-in default beside it, when the file sets the key away from it.
 */
export function GlobalField({
  paramKey: key,
  value,
  matched,
  children,
}: {
  paramKey: CanonicalKey;
  /** As the global block sets it; undefined when it does not. */
  value: unknown;
  matched: boolean;
  children: ReactNode;
}) {
  const modified = isModifiedFromDefault(key, value);
  return (
    <Box
      data-global-param={key}
      data-modified={modified ? 'true' : 'false'}
      data-match={matched ? 'true' : undefined}
      sx={{
        display: 'flex',
        gap: 1.25,
        pt: 1.25,
        pb: 0.5,
        pr: 0.5,
        borderRadius: 0.5,
        ...(matched ? SEARCH_MARK : {}),
      }}
    >
      <ModifiedBar paramKey={key} modified={modified} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        {children}
        {modified && (
          <Typography variant="caption" color="text.secondary" component="div" sx={CAPTION}>
            Modified · {defaultText(key)}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

const CAPTION = { ml: 1.75, mt: 0.25 } as const;

/** The modified mark itself, named for screen readers. */
function ModifiedBar({ paramKey: key, modified }: { paramKey: CanonicalKey; modified: boolean }) {
  return (
    <Box
      role={modified ? 'img' : undefined}
      aria-label={modified ? `Modified: ${defaultText(key)}` : undefined}
      sx={{
        width: 3,
        flexShrink: 0,
        borderRadius: 0.5,
        bgcolor: modified ? 'primary.main' : 'transparent',
      }}
    />
  );
}
