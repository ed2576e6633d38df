import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Diagnostic } from '../../shared/diagnostics/diagnostic.ts';
import { useDocument } from '../state/stores.ts';
import { applyFix, engineFixCount, fixAllEngineProblems } from './fix-commands.ts';
import { jumpTo } from './jump-to.ts';

const ICON = {
  error: <ErrorOutline color="error" fontSize="small" />,
  warning: <WarningAmberOutlined color="warning" fontSize="small" />,
  info: <InfoOutlined color="info" fontSize="small" />,
};

function where(d: Diagnostic): string {
  const path = d.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  return `Line ${d.start.line}, column ${d.start.column}${path === '' ? '' : ` · ${path}`}`;
}

/** Every diagnostic; clicking one selects its form field and reveals it in the JSON view. */
export function ProblemsPanel() {
  const diagnostics = useDocument((s) => s.analysis.diagnostics);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only here
  const virtualizer = useVirtualizer({
    count: diagnostics.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
  });
  if (diagnostics.length === 0) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        No problems: the config is valid.
      </Typography>
    );
  }
  const fixable = engineFixCount(diagnostics);
  return (
    <Box ref={scroller} sx={{ flex: 1, overflow: 'auto' }}>
      {fixable > 0 && (
        <Box sx={{ px: 2, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
          <Button size="small" variant="outlined" onClick={fixAllEngineProblems}>
            Fix all engine problems ({fixable})
          </Button>
        </Box>
      )}
      <List
        dense
        disablePadding
        aria-label="Problems"
        sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const d = diagnostics[item.index];
          if (d === undefined) return null;
          return (
            <ListItem
              key={item.index}
              disablePadding
              data-code={d.code}
              secondaryAction={
                d.fix === undefined ? undefined : (
                  <Button size="small" onClick={() => applyFix(d)} title={d.fix.title}>
                    Fix
                  </Button>
                )
              }
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: 52,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <ListItemButton onClick={() => jumpTo(d)} sx={{ height: '100%' }}>
                <ListItemIcon sx={{ minWidth: 32 }}>{ICON[d.severity]}</ListItemIcon>
                <ListItemText
                  primary={d.message}
                  secondary={`${d.code} · ${where(d)}${d.fix === undefined ? '' : ` · fix: ${d.fix.title}`}`}
                  slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
