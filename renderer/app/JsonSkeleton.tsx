import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

// Line widths of a plausible config, so the placeholder reads as code, not as a blank.
const LINES = [10, 28, 46, 40, 52, 14, 24, 12, 38, 44, 30, 16, 12, 36, 50, 20, 48, 14, 10, 6];

/** Shown at once while the JSON editor (Monaco, a chunk of its own) loads. */
export function JsonSkeleton() {
  return (
    <Box
      role="progressbar"
      aria-label="Loading the JSON view"
      aria-busy="true"
      data-testid="json-skeleton"
      sx={{ flex: 1, minWidth: 0, overflow: 'hidden', py: 1, bgcolor: 'background.paper' }}
    >
      {LINES.map((width, i) => (
        <Box key={i} sx={{ display: 'flex', alignItems: 'center', gap: 2, height: 19, px: 2 }}>
          <Skeleton variant="text" sx={{ width: 20, flexShrink: 0 }} />
          <Skeleton variant="text" sx={{ width: `${width}%`, ml: `${(i % 4) * 12}px` }} />
        </Box>
      ))}
    </Box>
  );
}
