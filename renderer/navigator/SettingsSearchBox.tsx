import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import FilterListOutlined from '@mui/icons-material/FilterListOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { useState } from 'react';
import type { SearchFilter } from '../../shared/ui-model/settings-search.ts';
import { FILTER_TEXT, SEARCH_FILTERS, parseQuery } from '../../shared/ui-model/settings-search.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';

/** The query with `@filter` added, or taken out when it is there (the menu toggles). */
function toggled(query: string, filter: SearchFilter): string {
  const words = query
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const at = words.findIndex((w) => w.toLowerCase() === `@${filter}`);
  if (at >= 0) words.splice(at, 1);
  else words.push(`@${filter}`);
  return words.length === 0 ? '' : `${words.join(' ')} `;
}

/** What is wrong with the query, in words, or undefined. */
function problemOf(query: string): string | undefined {
  const { unknown } = parseQuery(query);
  if (unknown.length === 0) return undefined;
  const known = SEARCH_FILTERS.map((f) => `@${f}`).join(', ');
  return `Unknown filter ${unknown.join(', ')}: use ${known}.`;
}

/** The filters' menu, as VS Code's funnel beside its settings search. */
function FilterMenu({ query }: { query: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const active = new Set(parseQuery(query).filters);
  return (
    <>
      <Tooltip title="Filters">
        <IconButton
          size="small"
          edge="end"
          aria-label="Search filters"
          aria-haspopup="menu"
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <FilterListOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {SEARCH_FILTERS.map((f) => (
          <MenuItem
            key={f}
            selected={active.has(f)}
            onClick={() => {
              uiStore.set({ filter: toggled(query, f) });
              setAnchor(null);
            }}
          >
            <ListItemText primary={`@${f}`} secondary={FILTER_TEXT[f]} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** The settings search: words find names, markets, fields and values; `@` words filter. */
export function SettingsSearchBox() {
  const query = useValue(uiStore, (s) => s.filter);
  const problem = problemOf(query);
  return (
    <TextField
      id="settings-search"
      placeholder="Search settings"
      value={query}
      fullWidth
      error={problem !== undefined}
      helperText={problem}
      onChange={(e) => uiStore.set({ filter: e.target.value })}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && query !== '') uiStore.set({ filter: '' });
      }}
      slotProps={{
        htmlInput: { 'aria-label': 'Search settings', spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchOutlined fontSize="small" />
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end">
              <FilterMenu query={query} />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
