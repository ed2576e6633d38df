import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { memo } from 'react';
import {
  addStrategy,
  deleteStrategy,
  duplicateStrategy,
} from '../../shared/edits/strategy-edits.ts';
import { dispatch } from '../form/edit.ts';
import { useReadOnly } from '../form/read-only.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { SettingsSearchBox } from './SettingsSearchBox.tsx';

/** Strategies header: count (what the search keeps of it), search box, add / duplicate / delete. */
export const StrategyToolbar = memo(function StrategyToolbar({
  count,
  shown,
}: {
  count: number;
  /** How many the search keeps, or null when nothing is searched. */
  shown: number | null;
}) {
  const readOnly = useReadOnly();
  const selection = useValue(uiStore, (s) => s.selection);
  const selected = selection.kind === 'strategy' ? selection.index : null;
  const add = () => {
    dispatch((t) => addStrategy(t));
    uiStore.set({ selection: { kind: 'strategy', index: count } });
  };
  const duplicate = () => {
    if (selected === null) return;
    dispatch((t) => duplicateStrategy(t, selected));
    uiStore.set({ selection: { kind: 'strategy', index: selected + 1 } });
  };
  const remove = () => {
    if (selected === null) return;
    dispatch((t) => deleteStrategy(t, selected));
    uiStore.set({
      selection:
        count > 1 ? { kind: 'strategy', index: Math.max(0, selected - 1) } : { kind: 'global' },
    });
  };
  return (
    <Box sx={{ px: 1.5, pt: 1.5, pb: 1, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="overline" color="text.secondary" sx={{ flex: 1 }}>
          <span data-testid="strategy-count">
            {shown === null ? `Strategies (${count})` : `${shown} of ${count} strategies`}
          </span>
        </Typography>
        <Tooltip title="Add strategy">
          <span>
            <IconButton size="small" aria-label="Add strategy" onClick={add} disabled={readOnly}>
              <AddOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title="Duplicate strategy">
          <span>
            <IconButton
              size="small"
              aria-label="Duplicate strategy"
              onClick={duplicate}
              disabled={readOnly || selected === null}
            >
              <ContentCopyOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title="Delete strategy">
          <span>
            <IconButton
              size="small"
              aria-label="Delete strategy"
              onClick={remove}
              disabled={readOnly || selected === null}
            >
              <DeleteOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
      <SettingsSearchBox />
    </Box>
  );
});
