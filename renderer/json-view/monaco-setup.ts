import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { configJsonSchema } from '../../shared/schema/config-schema.ts';
import * as monaco from './monaco.ts';
import { registerQuickFixes } from './quick-fixes.ts';

// Everything is bundled: workers come from this build, nothing from a CDN.
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    label === 'json' ? new JsonWorker() : new EditorWorker(),
};

export const MODEL_URI = monaco.Uri.parse('file:///config.json');

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: true,
  trailingCommas: 'ignore',
  enableSchemaRequest: false,
  // The schema stays for completion and hover; its errors are the app's own markers (one per mistake).
  schemaValidation: 'ignore',
  schemas: [
    {
      uri: 'spark-config://schema/config.json',
      fileMatch: [MODEL_URI.toString()],
      schema: configJsonSchema(),
    },
  ],
});

registerQuickFixes(monaco);

export { monaco };
