import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { memo } from 'react';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { outlinedPill } from '../widgets/outlined-pill.ts';
import { visuallyHidden } from '../widgets/visually-hidden.ts';

/**
 * How many global settings the search picks out, as a pill beside the entry: the strategies
 * answer a search by being kept, but the entry always shows, so it says so itself.
 */
function MatchBadge({ matches }: { matches: number }) {
  const words =
    matches === 1 ? '1 setting matches the search' : `${matches} settings match the search`;
  return (
    <>
      <Box
        component="span"
        data-badge="matches"
        aria-hidden="true"
        title={words}
        // The outline the form draws round the fields the search picks out.
        sx={{ ...outlinedPill('primary.main'), px: 0.75, whiteSpace: 'nowrap' }}
      >
        {matches === 1 ? '1 match' : `${matches} matches`}
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {words}
      </Box>
    </>
  );
}

/** The navigator's first entry: the global position_sizing block every strategy inherits. */
export const GlobalSizingEntry = memo(function GlobalSizingEntry({
  matches,
}: {
  /** Global settings the search picks out; 0 when nothing is searched. */
  matches: number;
}) {
  const selected = useValue(uiStore, (s) => s.selection.kind === 'global');
  return (
    <List dense disablePadding>
      <ListItem disablePadding>
        <ListItemButton
          selected={selected}
          onClick={() => uiStore.set({ selection: { kind: 'global' } })}
        >
          <TuneOutlined fontSize="small" sx={{ mr: 1, color: 'text.secondary' }} />
          <ListItemText primary="Global sizing" />
          {matches > 0 && <MatchBadge matches={matches} />}
        </ListItemButton>
      </ListItem>
    </List>
  );
});
