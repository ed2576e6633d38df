import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { memo } from 'react';
import type { Analysis } from '../../shared/analyze.ts';
import { asRecord } from '../../shared/json-access.ts';
import { uiStore } from '../state/ui-store.ts';
import { useSearch } from '../state/search.ts';
import { useValue } from '../state/value-store.ts';
import { GlobalSizingEntry } from './GlobalSizingEntry.tsx';
import { StrategyList } from './StrategyList.tsx';
import { StrategyToolbar } from './StrategyToolbar.tsx';

const SIZING_SECTIONS = new Set(['position_sizing', 'strategies']);

/** Left navigator: global sizing, the strategies (filter, add, duplicate, delete, reorder), other sections. */
export function Navigator({ analysis }: { analysis: Analysis }) {
  const search = useSearch(analysis);
  const others = Object.keys(asRecord(analysis.config) ?? {})
    .filter((k) => !SIZING_SECTIONS.has(k))
    .join('\n');
  return (
    <Box
      component="nav"
      aria-label="Navigator"
      sx={{
        flex: 1,
        minWidth: 0,
        borderRight: 1,
        borderColor: 'divider',
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        bgcolor: 'background.paper',
      }}
    >
      <GlobalSizingEntry matches={search.globalFields.size} />
      <StrategyToolbar
        count={analysis.strategies.length}
        shown={search.active ? search.visible.length : null}
      />
      <StrategyList analysis={analysis} search={search} />
      {others !== '' && <OtherSections keys={others} />}
    </Box>
  );
}

/** The root sections the form does not edit; `keys` one per line, so equal lists skip a render. */
const OtherSections = memo(function OtherSections({ keys }: { keys: string }) {
  const selected = useValue(uiStore, (s) =>
    s.selection.kind === 'section' ? s.selection.key : null,
  );
  return (
    <List
      dense
      disablePadding
      sx={{ maxHeight: '30%', overflow: 'auto', borderTop: 1, borderColor: 'divider' }}
      subheader={<ListSubheader sx={{ lineHeight: '32px' }}>Other sections</ListSubheader>}
    >
      {keys.split('\n').map((key) => (
        <ListItem key={key} disablePadding>
          <ListItemButton
            selected={selected === key}
            onClick={() => uiStore.set({ selection: { kind: 'section', key } })}
          >
            <ListItemText
              primary={key}
              slotProps={{ primary: { sx: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
});
