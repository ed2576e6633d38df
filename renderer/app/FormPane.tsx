import Box from '@mui/material/Box';
import { memo, useEffect } from 'react';
import { GlobalSizingForm } from '../global/GlobalSizingForm.tsx';
import { ReadOnlyContext } from '../form/read-only.ts';
import { StrategyForm } from '../strategy/StrategyForm.tsx';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { SectionView } from './SectionView.tsx';
import { selectFormAnalysis, selectReadOnly, useDocument } from '../state/stores.ts';

function paneStyle(share: number | undefined) {
  return {
    flex: share === undefined ? 1 : `${share} 1 0px`,
    overflow: 'auto',
    minWidth: share === undefined ? 320 : 400,
    bgcolor: 'background.default',
    containerType: 'inline-size',
    // A narrow form (Split view, small window) puts a row's source and buttons under its
    // field instead of squeezing the field beside them.
    '@container (max-width: 520px)': {
      '& [data-param]': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: 0.5 },
    },
  } as const;
}

/**
 * The form for the navigator's selection; read-only (last good state) while the text does not
 * parse. In the Split view, `share` is its percentage of the width beside the JSON view.
 */
export function FormPane({ share }: { share?: number | undefined }) {
  return (
    <Box component="section" id="form-panel" aria-label="Form" sx={paneStyle(share)}>
      <FormContent />
    </Box>
  );
}

/** Memoised without props: resizing the pane does not render the form again. */
const FormContent = memo(function FormContent() {
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
      <FirstMatchInView selection={selection} />
      <Box sx={{ maxWidth: 880, mx: 'auto', p: { xs: 2, lg: 3 } }}>
        {selection.kind === 'global' && <GlobalSizingForm analysis={analysis} />}
        {selection.kind === 'strategy' && (
          <StrategyForm key={selection.index} analysis={analysis} index={selection.index} />
        )}
        {selection.kind === 'section' && (
          <SectionView analysis={analysis} sectionKey={selection.key} />
        )}
      </Box>
    </ReadOnlyContext>
  );
});

/**
 * Brings the first field the settings search picks out into view, as a find does, without
 * taking the focus from the search box; a field already in view stays where it is.
 */
function FirstMatchInView({ selection }: { selection: unknown }) {
  const query = useValue(uiStore, (s) => s.filter);
  useEffect(() => {
    if (query.trim() === '') return;
    const frame = requestAnimationFrame(() => {
      const form = document.getElementById('form-panel');
      form?.querySelector('[data-match="true"]')?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [query, selection]);
  return null;
}
