import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import type { ResolvedStrategy } from '../../shared/resolve/resolve-strategies.ts';
import { shownValue } from '../form/value-text.ts';
import type { StrategyCounts } from './strategy-badges.ts';

export interface StrategyListItemProps {
  readonly strategy: ResolvedStrategy;
  readonly counts: StrategyCounts;
  readonly selected: boolean;
  readonly top: number;
  readonly height: number;
  readonly draggable: boolean;
  readonly dragging: boolean;
  readonly onSelect: () => void;
  readonly onKeyDown: (e: React.KeyboardEvent) => void;
  readonly onDragStart: () => void;
  readonly onDragEnd: () => void;
  readonly onDrop: () => void;
}

/** One strategy in the navigator: name, market, method badge, problem badge; disabled ones dimmed. */
export function StrategyListItem(p: StrategyListItemProps) {
  const s = p.strategy;
  const method = s.sizing.method ?? shownValue(s.sizing.values.method);
  return (
    <Box
      role="listitem"
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: p.height,
        transform: `translateY(${p.top}px)`,
      }}
    >
      <ButtonBase
        id={`nav-strategy-${s.index}`}
        data-strategy={s.name}
        aria-current={p.selected ? 'true' : undefined}
        aria-label={`${s.name}${s.enabled ? '' : ' (disabled)'}, ${method}${p.counts.errors > 0 ? `, ${p.counts.errors} errors` : ''}`}
        onClick={p.onSelect}
        onKeyDown={p.onKeyDown}
        draggable={p.draggable}
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/x-strategy', String(s.index));
          p.onDragStart();
        }}
        onDragEnd={p.onDragEnd}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('text/x-strategy')) e.preventDefault();
        }}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          p.onDrop();
        }}
        sx={{
          width: '100%',
          height: '100%',
          px: 1.5,
          justifyContent: 'flex-start',
          gap: 1,
          textAlign: 'left',
          borderLeft: 3,
          borderColor: p.selected ? 'primary.main' : 'transparent',
          bgcolor: p.selected ? 'action.selected' : 'transparent',
          opacity: p.dragging ? 0.4 : s.enabled ? 1 : 0.55,
          '&:hover': { bgcolor: 'action.hover' },
          '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography
            variant="body2"
            noWrap
            sx={{ fontWeight: 500, textDecoration: s.enabled ? 'none' : 'none' }}
          >
            {s.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {s.market ?? 'no market'}
            {s.enabled ? '' : ' · disabled'}
          </Typography>
        </Box>
        <Box
          component="span"
          sx={{
            fontSize: 11,
            px: 0.75,
            py: 0.125,
            borderRadius: 1,
            bgcolor: 'action.hover',
            color: 'text.secondary',
            whiteSpace: 'nowrap',
          }}
        >
          {method}
        </Box>
        {(p.counts.errors > 0 || p.counts.warnings > 0) && (
          <Box
            component="span"
            title={`${p.counts.errors} errors, ${p.counts.warnings} warnings`}
            sx={{
              fontSize: 11,
              minWidth: 18,
              textAlign: 'center',
              px: 0.5,
              borderRadius: 8,
              color: '#fff',
              bgcolor: p.counts.errors > 0 ? 'error.main' : 'warning.main',
            }}
          >
            {p.counts.errors > 0 ? p.counts.errors : p.counts.warnings}
          </Box>
        )}
      </ButtonBase>
    </Box>
  );
}
