import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Analysis } from '../../shared/analyze.ts';
import { findNodeAtLocation } from 'jsonc-parser';
import { revealRange } from '../state/ui-store.ts';

/** A root section the form does not edit (exchanges, indicators…): its text, and a way to edit it. */
export function SectionView({ analysis, sectionKey }: { analysis: Analysis; sectionKey: string }) {
  const tree = analysis.parsed.tree();
  const node = tree === undefined ? undefined : findNodeAtLocation(tree, [sectionKey]);
  const range = { offset: node?.offset ?? 0, length: node?.length ?? 0 };
  const text = analysis.text.slice(range.offset, range.offset + range.length);
  return (
    <Stack spacing={2} component="section" aria-label={`Section ${sectionKey}`}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h6" component="h2" sx={{ fontFamily: 'monospace', flex: 1 }}>
          {sectionKey}
        </Typography>
        <Button variant="outlined" size="small" onClick={() => revealRange(range, true)}>
          Edit in JSON view
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        The editor keeps this section exactly as written. Edit it in the JSON view.
      </Typography>
      <Box
        component="pre"
        sx={{
          m: 0,
          p: 2,
          borderRadius: 1,
          bgcolor: 'action.hover',
          fontSize: 12,
          overflow: 'auto',
          maxHeight: 480,
        }}
      >
        {text.length > 20_000 ? `${text.slice(0, 20_000)}\n…` : text}
      </Box>
    </Stack>
  );
}
