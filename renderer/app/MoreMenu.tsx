import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import HorizontalSplitOutlined from '@mui/icons-material/HorizontalSplitOutlined';
import MoreVertOutlined from '@mui/icons-material/MoreVertOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import SaveAsOutlined from '@mui/icons-material/SaveAsOutlined';
import ViewSidebarOutlined from '@mui/icons-material/ViewSidebarOutlined';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { save } from '../state/host-commands.ts';
import {
  layoutStore,
  resetLayout,
  toggleBottomPanel,
  toggleNavigator,
} from '../state/panel-layout.ts';
import { useValue } from '../state/value-store.ts';

function Item(props: { icon: ReactNode; label: string; keys?: string; onClick: () => void }) {
  return (
    <MenuItem onClick={props.onClick}>
      <ListItemIcon>{props.icon}</ListItemIcon>
      <ListItemText>{props.label}</ListItemText>
      {props.keys !== undefined && (
        <Typography variant="body2" sx={{ color: 'text.secondary', ml: 3 }}>
          {props.keys}
        </Typography>
      )}
    </MenuItem>
  );
}

function MoreButton(props: { open: boolean; onOpen: (anchor: HTMLElement) => void }) {
  return (
    <Tooltip title="More actions">
      <IconButton
        aria-label="More actions"
        aria-haspopup="menu"
        aria-expanded={props.open}
        size="small"
        onClick={(e) => props.onOpen(e.currentTarget)}
      >
        <MoreVertOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** The app bar's overflow: the less used commands (Save as, panels, layout reset). */
export function MoreMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const layout = useValue(layoutStore, (s) => s);
  const run = (action: () => void) => () => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <MoreButton open={anchor !== null} onOpen={setAnchor} />
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <Item
          icon={<SaveAsOutlined fontSize="small" />}
          label="Save as…"
          keys="Ctrl+Shift+S"
          onClick={run(() => void save(true))}
        />
        <Divider />
        <Item
          icon={<ViewSidebarOutlined fontSize="small" />}
          label={layout.navigatorCollapsed ? 'Show navigator' : 'Hide navigator'}
          keys="Ctrl+B"
          onClick={run(toggleNavigator)}
        />
        <Item
          icon={<HorizontalSplitOutlined fontSize="small" />}
          label={layout.bottomCollapsed ? 'Show bottom panel' : 'Hide bottom panel'}
          keys="Ctrl+J"
          onClick={run(toggleBottomPanel)}
        />
        <Item
          icon={<RestartAltOutlined fontSize="small" />}
          label="Reset layout"
          onClick={run(resetLayout)}
        />
      </Menu>
    </>
  );
}
