import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import { useState } from 'react';
import type { ThemeChoice } from '../state/ui-store.ts';
import { setTheme, uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';

const CHOICES: { value: ThemeChoice; label: string; icon: typeof DarkModeOutlined }[] = [
  { value: 'light', label: 'Light', icon: LightModeOutlined },
  { value: 'dark', label: 'Dark', icon: DarkModeOutlined },
  { value: 'system', label: 'Follow system', icon: SettingsBrightnessOutlined },
];

/** Theme: light, dark or follow the system. */
export function ThemeSwitch() {
  const theme = useValue(uiStore, (s) => s.theme);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const Icon = CHOICES.find((c) => c.value === theme)?.icon ?? SettingsBrightnessOutlined;
  return (
    <>
      <Tooltip title="Theme">
        <IconButton aria-label="Theme" size="small" onClick={(e) => setAnchor(e.currentTarget)}>
          <Icon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {CHOICES.map((c) => (
          <MenuItem
            key={c.value}
            selected={c.value === theme}
            onClick={() => {
              setTheme(c.value);
              setAnchor(null);
            }}
          >
            <ListItemIcon>
              <c.icon fontSize="small" />
            </ListItemIcon>
            {c.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
