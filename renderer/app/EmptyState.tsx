import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import AutoStoriesOutlined from '@mui/icons-material/AutoStoriesOutlined';
import { useEffect, useState } from 'react';
import { host, openDocument, openRecent, openSample } from '../state/host-commands.ts';

/** No document yet: open one, drop one, start from the guide's example, or a recent file. */
export function EmptyState() {
  const [recent, setRecent] = useState<{ path: string; name: string }[]>([]);
  useEffect(() => {
    void host().recentFiles({}).then(setRecent);
  }, []);
  return (
    <Box sx={{ flex: 1, display: 'grid', placeItems: 'center', p: 4 }}>
      <Paper
        variant="outlined"
        sx={{ p: 4, width: 520, maxWidth: '100%', borderStyle: 'dashed', borderWidth: 2 }}
      >
        <Typography variant="h5" component="h1" gutterBottom>
          Open a Spark Stacker config
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          Drop a config.json anywhere in this window, or choose one. Nothing is written until you
          save.
        </Typography>
        <Stack direction="row" spacing={1.5} sx={{ mb: 3 }}>
          <Button
            variant="contained"
            startIcon={<FolderOpenOutlined />}
            onClick={() => void openDocument()}
          >
            Open…
          </Button>
          <Button
            variant="outlined"
            startIcon={<AutoStoriesOutlined />}
            onClick={() => void openSample()}
          >
            Start from the guide&apos;s example
          </Button>
        </Stack>
        {recent.length > 0 && (
          <>
            <Typography variant="overline" color="text.secondary">
              Recent files
            </Typography>
            <List dense aria-label="Recent files">
              {recent.map((f) => (
                <ListItemButton key={f.path} onClick={() => void openRecent(f.path)}>
                  <ListItemText primary={f.name} secondary={f.path === f.name ? null : f.path} />
                </ListItemButton>
              ))}
            </List>
          </>
        )}
      </Paper>
    </Box>
  );
}
