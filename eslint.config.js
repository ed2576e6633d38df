// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Layer rules: dependencies point inward, and shared/ stays pure. */
const layers = {
  shared: {
    paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node APIs.' })),
    patterns: [
      {
        group: ['node:*', 'electron', 'electron/*'],
        message: 'shared/ is pure: no Node or Electron APIs.',
      },
      {
        group: ['react', 'react-dom', 'react/*', '@mui/*', 'monaco-editor', 'monaco-editor/*'],
        message: 'shared/ has no UI.',
      },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ may not import electron/ or renderer/.',
      },
    ],
  },
  renderer: {
    paths: nodeBuiltins.map((name) => ({
      name,
      message: 'renderer/ runs sandboxed: no Node APIs.',
    })),
    patterns: [
      {
        group: ['electron', 'electron/*'],
        message: 'renderer/ talks to the shell only through Host.',
      },
      { group: ['**/electron/**'], message: 'renderer/ may not import electron/.' },
    ],
  },
  electron: {
    paths: [],
    patterns: [
      { group: ['**/renderer/**'], message: 'electron/ may not import renderer/.' },
      {
        group: ['react', 'react-dom', 'react/*', '@mui/*', 'monaco-editor', 'monaco-editor/*'],
        message: 'electron/ runs on Node: the UI lives in renderer/.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '**/out/',
      'dist/',
      '.tsbuild/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // Keep disableTypeChecked's parser options (no project service for plain JS files).
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  ...Object.entries(layers).map(([folder, rule]) => ({
    files: [`${folder}/**/*.ts`, `${folder}/**/*.tsx`],
    rules: { 'no-restricted-imports': ['error', rule] },
  })),
  {
    // Every IPC handler goes through the checked wrapper (sender check, zod both ways).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc-handlers.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: 'Register IPC only through handle() or registerHandlers() of ipc-handlers.ts.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='only']", message: '.only is banned.' },
      ],
      'max-lines': 'off',
    },
  },
);
