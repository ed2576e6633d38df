import Box from '@mui/material/Box';
import { useEffect } from 'react';
import { GlobalSizingForm } from '../global/GlobalSizingForm.tsx';
import { ReadOnlyContext } from '../form/read-only.ts';
import { StrategyForm } from '../strategy/StrategyForm.tsx';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { SectionView } from './SectionView.tsx';
import { selectFormAnalysis, selectReadOnly, useDocument } from '../state/stores.ts';

/** The form for the navigator's selection; read-only (last good state) while the text does not parse. */
export function FormPane() {
  const analysis = useDocument(selectFormAnalysis);
  const readOnly = useDocument(selectReadOnly);
  const selection = useValue(uiStore, (s) => s.selection);
  const focus = useValue(uiStore, (s) => s.focusField);
  useEffect(() => {
    if (focus === null) return;
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById(focus.id);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, selection]);
  return (
    <ReadOnlyContext value={readOnly}>
      <Box
        component="main"
        aria-label="Form"
        aria-readonly={readOnly}
        sx={{ flex: 1, overflow: 'auto', minWidth: 360, bgcolor: 'background.default' }}
      >
        <Box sx={{ maxWidth: 880, mx: 'auto', p: 3, opacity: readOnly ? 0.7 : 1 }}>
          {selection.kind === 'global' && <GlobalSizingForm analysis={analysis} />}
          {selection.kind === 'strategy' && (
            <StrategyForm key={selection.index} analysis={analysis} index={selection.index} />
          )}
          {selection.kind === 'section' && (
            <SectionView analysis={analysis} sectionKey={selection.key} />
          )}
        </Box>
      </Box>
    </ReadOnlyContext>
  );
}
