import Box from '@mui/material/Box';
import { Suspense, lazy, memo, useRef } from 'react';
import { DiskBanner } from '../disk/DiskBanner.tsx';
import { diskStore } from '../state/disk-store.ts';
import { ReadOnlyContext } from '../form/read-only.ts';
import { Navigator } from '../navigator/Navigator.tsx';
import type { PanelLayout } from '../state/panel-sizes.ts';
import { PANEL_LIMITS } from '../state/panel-sizes.ts';
import { layoutStore, setLayout } from '../state/panel-layout.ts';
import type { ViewMode } from '../state/ui-store.ts';
import { uiStore } from '../state/ui-store.ts';
import { useValue } from '../state/value-store.ts';
import { BottomPanel } from './BottomPanel.tsx';
import { FormPane } from './FormPane.tsx';
import { JsonSkeleton } from './JsonSkeleton.tsx';
import { Splitter } from './Splitter.tsx';
import { selectFormAnalysis, selectReadOnly, useDocument } from '../state/stores.ts';
import { SyntaxBanner } from './SyntaxBanner.tsx';
import { useElementSize } from './use-element-size.ts';

// Monaco is a separate chunk: the form is usable before it arrives.
const JsonView = lazy(() => import('../json-view/JsonView.tsx'));
const CompareView = lazy(() => import('../json-view/CompareView.tsx'));

/** Narrowest form and JSON view, and lowest editor area, a splitter leaves. */
const FORM_MIN = 400;
const JSON_MIN = 300;
const UPPER_MIN = 200;

/** The JSON view, or the compare view while comparing; `share` is its percentage in Split. */
function JsonArea({ share }: { share: number | undefined }) {
  const comparing = useValue(diskStore, (s) => s.compare !== null);
  return (
    <Box
      id="json-panel"
      sx={{
        flex: share === undefined ? 1 : `${share} 1 0px`,
        minWidth: share === undefined ? 0 : JSON_MIN,
        borderLeft: share === undefined ? 0 : 1,
        borderColor: 'divider',
        display: 'flex',
      }}
    >
      <Suspense fallback={<JsonSkeleton />}>{comparing ? <CompareView /> : <JsonView />}</Suspense>
    </Box>
  );
}

function clampTo(value: number, min: number, max: number): number {
  return Math.round(Math.max(min, Math.min(max, value)));
}

/** Memoised without props: dragging a splitter does not render the navigator again. */
const NavigatorContent = memo(function NavigatorContent() {
  const analysis = useDocument(selectFormAnalysis);
  const readOnly = useDocument(selectReadOnly);
  return (
    <ReadOnlyContext value={readOnly}>
      <Navigator analysis={analysis} />
    </ReadOnlyContext>
  );
});

/** The navigator (hidden when collapsed) and the splitter that sizes it. */
function NavigatorColumn({ layout, room }: { layout: PanelLayout; room: number }) {
  const { min, max } = PANEL_LIMITS.navigatorWidth;
  const top = room > 0 ? clampTo(room, min, max) : max;
  const width = Math.min(layout.navigatorWidth, top);
  return (
    <>
      {/* Kept when collapsed (hidden): its filter and scroll survive, and controls point at it. */}
      <Box
        id="navigator-panel"
        sx={{
          width,
          flexShrink: 0,
          display: layout.navigatorCollapsed ? 'none' : 'flex',
          minHeight: 0,
        }}
      >
        <NavigatorContent />
      </Box>
      <Splitter
        label="Resize navigator"
        controls="navigator-panel"
        orientation="vertical"
        unit="pixels"
        unitPx={1}
        state={{ value: width, collapsed: layout.navigatorCollapsed }}
        range={{ min, max: top, step: 16, collapsible: true }}
        onChange={(s) => setLayout({ navigatorWidth: s.value, navigatorCollapsed: s.collapsed })}
      />
    </>
  );
}

/** The form's share of the Split view, kept within what leaves both sides their minimum. */
function useSplitRange(available: number) {
  const limits = PANEL_LIMITS.formShare;
  if (available <= 0) return limits;
  const min = Math.max(limits.min, (FORM_MIN / available) * 100);
  const max = Math.min(limits.max, 100 - (JSON_MIN / available) * 100);
  return min <= max ? { min: Math.ceil(min), max: Math.floor(max) } : { min: 50, max: 50 };
}

/** Navigator, form and/or JSON (or compare) view, with the splitters between them. */
function EditorRow({ view, layout }: { view: ViewMode; layout: PanelLayout }) {
  const row = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(row);
  const split = view === 'split';
  const navigatorRoom = width - (split ? FORM_MIN + JSON_MIN : FORM_MIN);
  const navigator = layout.navigatorCollapsed ? 0 : Math.min(layout.navigatorWidth, navigatorRoom);
  const available = width - (view === 'json' ? 0 : navigator);
  const range = useSplitRange(available);
  const share = clampTo(layout.formShare, range.min, range.max);
  return (
    <Box ref={row} sx={{ flex: 1, display: 'flex', minHeight: UPPER_MIN / 2, minWidth: 0 }}>
      {view !== 'json' && <NavigatorColumn layout={layout} room={navigatorRoom} />}
      {view !== 'json' && <FormPane share={split ? share : undefined} />}
      {split && (
        <Splitter
          label="Resize form and JSON view"
          controls="form-panel"
          orientation="vertical"
          unit="percent"
          unitPx={Math.max(1, available / 100)}
          state={{ value: share, collapsed: false }}
          range={{ ...range, step: 2, collapsible: false }}
          onChange={(s) => setLayout({ formShare: s.value })}
        />
      )}
      {view !== 'form' && <JsonArea share={split ? 100 - share : undefined} />}
    </Box>
  );
}

/** Banners; the editor row above; effective sizing, preview, problems and changes below. */
export function Workspace() {
  const view = useValue(uiStore, (s) => s.view);
  const layout = useValue(layoutStore, (s) => s);
  const main = useRef<HTMLElement>(null);
  const { height } = useElementSize(main);
  const { min, max } = PANEL_LIMITS.bottomHeight;
  const top = height > 0 ? clampTo(height - UPPER_MIN, min, max) : max;
  const bottom = Math.min(layout.bottomHeight, top);
  return (
    <Box
      ref={main}
      component="main"
      sx={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}
    >
      <DiskBanner />
      <SyntaxBanner />
      <EditorRow view={view} layout={layout} />
      <Splitter
        label="Resize bottom panel"
        controls="bottom-panel"
        orientation="horizontal"
        unit="pixels"
        unitPx={1}
        growsBackward
        state={{ value: bottom, collapsed: layout.bottomCollapsed }}
        range={{ min, max: top, step: 16, collapsible: true }}
        onChange={(s) => setLayout({ bottomHeight: s.value, bottomCollapsed: s.collapsed })}
      />
      <BottomPanel height={layout.bottomCollapsed ? undefined : bottom} />
    </Box>
  );
}
