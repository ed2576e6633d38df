import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SOURCE_CHIP } from './ParameterRow.tsx';

function Item({ mark, children }: { mark: ReactNode; children: ReactNode }) {
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      {mark}
      <Typography variant="body2" component="span" color="text.secondary">
        {children}
      </Typography>
    </Box>
  );
}

const bar = (
  <Box
    aria-hidden="true"
    sx={{ width: 3, height: 20, bgcolor: 'primary.main', borderRadius: 0.5, flexShrink: 0 }}
  />
);

/** What the marks on the sizing fields mean: set here, inherited, default, not used. */
export function SourceLegend({ method }: { method: string | undefined }) {
  const chip = (label: string) => <Chip size="small" variant="outlined" label={label} />;
  return (
    <Box
      component="ul"
      aria-label="Legend"
      data-testid="source-legend"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5, m: 0, p: 0 }}
    >
      <Item mark={bar}>set on this strategy</Item>
      <Item mark={chip(SOURCE_CHIP.global)}>inherited from Global sizing: type to override</Item>
      <Item mark={chip(SOURCE_CHIP.default)}>built-in default</Item>
      <Item mark={chip('not used')}>set, but {method ?? 'its method'} does not read it</Item>
    </Box>
  );
}
