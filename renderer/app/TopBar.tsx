import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import RedoOutlined from '@mui/icons-material/RedoOutlined';
import { useEdited } from '../state/disk-store.ts';
import type { ViewMode } from '../state/ui-store.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { ExportButton } from './ExportButton.tsx';
import { openDocument, save } from '../state/host-commands.ts';
import { StatusChip } from './StatusChip.tsx';
import { documentStore, useDocument } from '../state/stores.ts';
import { ThemeSwitch } from './ThemeSwitch.tsx';

/** The app bar: file, status, view switch, theme and the file commands. */
export function TopBar() {
  const name = useDocument((s) => s.meta?.name ?? null);
  const edited = useEdited();
  const canUndo = useDocument((s) => s.history.done.length > 0);
  const canRedo = useDocument((s) => s.history.undone.length > 0);
  const view = useValue(uiStore, (s) => s.view);
  return (
    <AppBar
      position="static"
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <Typography variant="subtitle2" sx={{ color: 'text.secondary', mr: 1 }}>
          Spark Config
        </Typography>
        {name !== null && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
            <Typography variant="subtitle1" noWrap data-testid="file-name" sx={{ fontWeight: 600 }}>
              {name}
            </Typography>
            {edited && (
              <Box
                role="img"
                aria-label="Unsaved changes"
                data-testid="unsaved-dot"
                sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: 'warning.main' }}
              />
            )}
          </Box>
        )}
        {name !== null && <StatusChip />}
        <Box sx={{ flex: 1 }} />
        <Tooltip title="Open… (Ctrl+O)">
          <IconButton aria-label="Open…" onClick={() => void openDocument()} size="small">
            <FolderOpenOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        {name !== null && (
          <>
            <Tooltip title="Save (Ctrl+S)">
              <IconButton aria-label="Save" onClick={() => void save(false)} size="small">
                <SaveOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title="Undo (Ctrl+Z)">
              <span>
                <IconButton
                  aria-label="Undo"
                  disabled={!canUndo}
                  onClick={() => documentStore.undo()}
                  size="small"
                >
                  <UndoOutlined fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title="Redo (Ctrl+Shift+Z)">
              <span>
                <IconButton
                  aria-label="Redo"
                  disabled={!canRedo}
                  onClick={() => documentStore.redo()}
                  size="small"
                >
                  <RedoOutlined fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
            <ToggleButtonGroup
              size="small"
              exclusive
              value={view}
              aria-label="View"
              onChange={(_, v: ViewMode | null) => v !== null && uiStore.set({ view: v })}
            >
              <ToggleButton value="form" sx={{ px: 1.5, py: 0.25 }}>
                Form
              </ToggleButton>
              <ToggleButton value="split" sx={{ px: 1.5, py: 0.25 }}>
                Split
              </ToggleButton>
              <ToggleButton value="json" sx={{ px: 1.5, py: 0.25 }}>
                JSON
              </ToggleButton>
            </ToggleButtonGroup>
            <ExportButton />
          </>
        )}
        <ThemeSwitch />
      </Toolbar>
    </AppBar>
  );
}
