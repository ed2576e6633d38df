import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { outlinedPill } from '../widgets/outlined-pill.ts';
import { TruncatedText } from '../widgets/TruncatedText.tsx';
import { visuallyHidden } from '../widgets/visually-hidden.ts';

/** What one navigator entry shows; all values, so an unchanged entry skips its render. */
export interface StrategyListItemProps {
  readonly index: number;
  /** Position in the filtered list (for ↑/↓). */
  readonly position: number;
  readonly name: string;
  readonly market: string | undefined;
  readonly enabled: boolean;
  readonly method: string;
  readonly errors: number;
  readonly warnings: number;
  /** The engine's size differs from the guide's at the current preview inputs. */
  readonly diverges: boolean;
  readonly selected: boolean;
  readonly top: number;
  readonly height: number;
  readonly draggable: boolean;
  readonly dragging: boolean;
}

/**
 * One strategy in the navigator: name, market, method badge, problem badge; disabled ones dimmed.
 * Clicks, keys and drags bubble to the list, which finds the entry by `data-index`.
 */
export const StrategyListItem = memo(function StrategyListItem(p: StrategyListItemProps) {
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
        id={`nav-strategy-${p.index}`}
        data-strategy={p.name}
        data-index={p.index}
        data-position={p.position}
        aria-current={p.selected ? 'true' : undefined}
        draggable={p.draggable}
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
          opacity: p.dragging ? 0.4 : 1,
          color: p.enabled ? 'text.primary' : 'text.secondary',
          fontStyle: p.enabled ? 'normal' : 'italic',
          '&:hover': { bgcolor: 'action.hover' },
          '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        }}
      >
        <Box sx={{ flex: '0 1 auto', minWidth: 0 }}>
          <TruncatedText text={p.name} variant="body2" sx={{ fontWeight: 500 }} />
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {p.market ?? 'no market'}
            {p.enabled ? '' : ' · disabled'}
          </Typography>
        </Box>
        <Box
          component="span"
          title={p.method}
          sx={{
            fontSize: 11,
            px: 0.75,
            py: 0.125,
            borderRadius: 1,
            bgcolor: 'action.hover',
            color: 'text.secondary',
            whiteSpace: 'nowrap',
            // The method takes what the name leaves (from 3.5em up to its width): it gives way
            // before the name does, and its auto margin keeps the badges at the right.
            flex: '1 1 0px',
            minWidth: '3.5em',
            maxWidth: 'max-content',
            ml: 'auto',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {p.method}
        </Box>
        {p.diverges && (
          <Box
            component="span"
            data-badge="diverges"
            aria-hidden="true"
            title="The engine trades a different size than the guide computes"
            sx={{ ...outlinedPill('warning.main'), px: 0.5 }}
          >
            ≠
          </Box>
        )}
        {p.diverges && (
          <Box component="span" sx={visuallyHidden}>
            the engine trades a different size than the guide
          </Box>
        )}
        {(p.errors > 0 || p.warnings > 0) && (
          <Box
            component="span"
            title={`${p.errors} errors, ${p.warnings} warnings`}
            sx={{
              fontSize: 11,
              minWidth: 18,
              textAlign: 'center',
              px: 0.5,
              borderRadius: 8,
              flexShrink: 0,
              color: '#fff',
              bgcolor: p.errors > 0 ? 'error.main' : 'warning.main',
            }}
          >
            {p.errors > 0 ? p.errors : p.warnings}
            <Box component="span" sx={visuallyHidden}>
              {p.errors > 0 ? ' errors' : ' warnings'}
            </Box>
          </Box>
        )}
      </ButtonBase>
    </Box>
  );
});
