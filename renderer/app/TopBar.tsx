import type { ReactNode } from 'react';
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

/** The file's name (the page's heading) and its unsaved mark. */
function FileTitle({ name }: { name: string }) {
  const edited = useEdited();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
      <Typography
        variant="subtitle1"
        component="h1"
        noWrap
        data-testid="file-name"
        sx={{ fontWeight: 600 }}
      >
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
  );
}

/** An icon button with its tooltip; the span keeps the tooltip on a disabled button. */
function Command(props: {
  label: string;
  keys: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Tooltip title={`${props.label} (${props.keys})`}>
      <span>
        <IconButton
          aria-label={props.label}
          disabled={props.disabled === true}
          onClick={props.onClick}
          size="small"
        >
          {props.icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

function ViewSwitch() {
  const view = useValue(uiStore, (s) => s.view);
  const sx = { px: 1.5, py: 0.25 };
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={view}
      aria-label="View"
      onChange={(_, v: ViewMode | null) => v !== null && uiStore.set({ view: v })}
    >
      <ToggleButton value="form" sx={sx}>
        Form
      </ToggleButton>
      <ToggleButton value="split" sx={sx}>
        Split
      </ToggleButton>
      <ToggleButton value="json" sx={sx}>
        JSON
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

/** Save, undo, redo, the view switch and export: only with a document open. */
function DocumentCommands() {
  const canUndo = useDocument((s) => s.history.done.length > 0);
  const canRedo = useDocument((s) => s.history.undone.length > 0);
  return (
    <>
      <Command
        label="Save"
        keys="Ctrl+S"
        icon={<SaveOutlined fontSize="small" />}
        onClick={() => void save(false)}
      />
      <Command
        label="Undo"
        keys="Ctrl+Z"
        icon={<UndoOutlined fontSize="small" />}
        disabled={!canUndo}
        onClick={() => documentStore.undo()}
      />
      <Command
        label="Redo"
        keys="Ctrl+Shift+Z"
        icon={<RedoOutlined fontSize="small" />}
        disabled={!canRedo}
        onClick={() => documentStore.redo()}
      />
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />
      <ViewSwitch />
      <ExportButton />
    </>
  );
}

/** The app bar: file, status, view switch, theme and the file commands. */
export function TopBar() {
  const name = useDocument((s) => s.meta?.name ?? null);
  return (
    <AppBar
      position="static"
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <Typography variant="subtitle2" sx={{ color: 'text.secondary', mr: 1 }}>
          Spark Config
        </Typography>
        {name !== null && <FileTitle name={name} />}
        {name !== null && <StatusChip />}
        <Box sx={{ flex: 1 }} />
        <Command
          label="Open…"
          keys="Ctrl+O"
          icon={<FolderOpenOutlined fontSize="small" />}
          onClick={() => void openDocument()}
        />
        {name !== null && <DocumentCommands />}
        <ThemeSwitch />
      </Toolbar>
    </AppBar>
  );
}
