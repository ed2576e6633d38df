// The Monaco API this app uses: the editor core and the JSON language. Importing `monaco-editor`
// itself would bundle every language and the TypeScript, CSS and HTML workers.
export * from 'monaco-editor/editor/editor.api';
export * as json from 'monaco-editor/languages/features/json/register';
