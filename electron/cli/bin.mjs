#!/usr/bin/env node
// The `spark-config` command: runs the TypeScript sources through tsx, so no build step is needed.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.electron.json', import.meta.url)) });
await import('./main.ts');
