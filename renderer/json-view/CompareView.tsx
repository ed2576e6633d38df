import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { useEffect, useRef } from 'react';
import { closeCompare } from '../disk/disk-commands.ts';
import { diskStore } from '../state/disk-store.ts';
import { useValue } from '../state/value-store.ts';
import { attachEditorToDocument } from './attach-editor.ts';
import { EDITOR_OPTIONS, documentModel, useMonacoTheme } from './document-model.ts';
import { monaco } from './monaco-setup.ts';

const DISK_URI = monaco.Uri.parse('file:///on-disk/config.json');

/** The file on disk (left, read-only) against the editor's text (right, editable), in the JSON area. */
export default function CompareView() {
  const host = useRef<HTMLDivElement>(null);
  const diskModel = useRef<monaco.editor.ITextModel | null>(null);
  const diskText = useValue(diskStore, (s) => s.compare?.diskText ?? '');
  useMonacoTheme();

  useEffect(() => {
    if (host.current === null) return;
    const original =
      monaco.editor.getModel(DISK_URI) ?? monaco.editor.createModel('', 'json', DISK_URI);
    original.setValue(diskStore.get().compare?.diskText ?? '');
    diskModel.current = original;
    const modified = documentModel();
    const diff = monaco.editor.createDiffEditor(host.current, {
      ...EDITOR_OPTIONS,
      originalEditable: false,
      readOnly: false,
      ignoreTrimWhitespace: false,
      renderOverviewRuler: false,
      originalAriaLabel: 'On disk, read-only',
      modifiedAriaLabel: 'Your text',
    });
    diff.setModel({ original, modified });
    const attached = attachEditorToDocument(diff.getModifiedEditor(), modified);
    return () => {
      attached.dispose();
      diff.dispose();
      original.dispose();
      diskModel.current = null;
    };
  }, []);

  // The file may change again while the trader compares.
  useEffect(() => {
    const model = diskModel.current;
    if (model !== null && model.getValue() !== diskText) model.setValue(diskText);
  }, [diskText]);

  return (
    <Box
      data-testid="compare-view"
      sx={{ flex: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Box sx={{ display: 'flex', borderBottom: 1, borderColor: 'divider', py: 0.25 }}>
        <Box sx={{ width: '50%', display: 'flex', alignItems: 'center', gap: 1, px: 1 }}>
          <Button size="small" startIcon={<ArrowBackOutlined />} onClick={closeCompare}>
            Back to editor
          </Button>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            On disk
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            read-only
          </Typography>
        </Box>
        <Box sx={{ width: '50%', display: 'flex', alignItems: 'center', gap: 1, px: 1.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Your text
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            editable
          </Typography>
        </Box>
      </Box>
      <Box ref={host} data-testid="compare-editor" sx={{ flex: 1, minHeight: 0 }} />
    </Box>
  );
}
