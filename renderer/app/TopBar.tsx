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
import MenuOpenOutlined from '@mui/icons-material/MenuOpenOutlined';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import useMediaQuery from '@mui/material/useMediaQuery';
import { layoutStore, toggleNavigator } from '../state/panel-layout.ts';
import { TruncatedText } from '../widgets/TruncatedText.tsx';
import { MoreMenu } from './MoreMenu.tsx';
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
    <Box data-shrinks sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 48 }}>
      <TruncatedText
        text={name}
        variant="subtitle1"
        component="h1"
        data-testid="file-name"
        sx={{ fontWeight: 600 }}
      />
      {edited && (
        <Box
          role="img"
          aria-label="Unsaved changes"
          data-testid="unsaved-dot"
          sx={{ width: 8, height: 8, flexShrink: 0, borderRadius: '50%', bgcolor: 'warning.main' }}
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
  const sx = { px: 1.25, py: 0.25, whiteSpace: 'nowrap' };
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={view}
      aria-label="View"
      sx={{ flexShrink: 0 }}
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

/** Shows or hides the navigator (Ctrl+B), in the views that have one. */
function NavigatorToggle() {
  const collapsed = useValue(layoutStore, (s) => s.navigatorCollapsed);
  const view = useValue(uiStore, (s) => s.view);
  if (view === 'json') return null;
  return (
    <Tooltip title={`${collapsed ? 'Show' : 'Hide'} navigator (Ctrl+B)`}>
      <IconButton
        aria-label={collapsed ? 'Show navigator' : 'Hide navigator'}
        aria-expanded={!collapsed}
        aria-controls="navigator-panel"
        size="small"
        edge="start"
        onClick={toggleNavigator}
      >
        {collapsed ? <MenuOutlined fontSize="small" /> : <MenuOpenOutlined fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
}

/** Save, undo, redo, the view switch, export and the overflow menu: only with a document open. */
function DocumentCommands({ wide }: { wide: boolean }) {
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
      <ExportButton short={!wide} />
      <MoreMenu />
    </>
  );
}

/** The app bar: file, status, view switch, theme and the file commands. */
export function TopBar() {
  const name = useDocument((s) => s.meta?.name ?? null);
  // Below this width the product name gives way and Export shortens: one row at 1024 px.
  const wide = useMediaQuery('(min-width: 1280px)', { noSsr: true });
  return (
    <AppBar
      position="static"
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar
        variant="dense"
        sx={{ gap: 1, flexWrap: 'nowrap', '& > *:not([data-shrinks])': { flexShrink: 0 } }}
      >
        {name !== null && <NavigatorToggle />}
        {(wide || name === null) && (
          <Typography
            variant="subtitle2"
            component="div"
            noWrap
            sx={{ color: 'text.secondary', mr: 1 }}
          >
            Spark Config
          </Typography>
        )}
        {name !== null && <FileTitle name={name} />}
        {name !== null && <StatusChip />}
        <Box data-shrinks sx={{ flex: 1 }} />
        <Command
          label="Open…"
          keys="Ctrl+O"
          icon={<FolderOpenOutlined fontSize="small" />}
          onClick={() => void openDocument()}
        />
        {name !== null && <DocumentCommands wide={wide} />}
        <ThemeSwitch />
      </Toolbar>
    </AppBar>
  );
}
