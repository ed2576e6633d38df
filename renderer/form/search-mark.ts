import type { SxProps, Theme } from '@mui/material/styles';
import { alpha } from '@mui/material/styles';

/**
 * How a field the settings search picks out is marked: a thin outline and a faint tint of the
 * primary colour, light enough that every text on it keeps its contrast.
 */
export const SEARCH_MARK: SxProps<Theme> = {
  outline: 1,
  outlineColor: 'primary.main',
  bgcolor: (t) => alpha(t.palette.primary.main, 0.04),
};
