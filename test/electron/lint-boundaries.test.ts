import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
// One instance: starting typescript-eslint's project service costs seconds.
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, path: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

describe('lint boundaries of electron/', () => {
  it('bans raw ipcMain use outside the checked wrapper', async () => {
    const raw = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect(await ruleIds(raw, 'electron/main/index.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(raw, 'electron/main/ipc-handlers.ts')).not.toContain(
      'no-restricted-syntax',
    );
  }, 60_000);

  it('bans React, MUI and Monaco anywhere in electron/', async () => {
    for (const lib of ['react', '@mui/material', 'monaco-editor']) {
      const code = `import * as ui from '${lib}';\nexport const x = ui;\n`;
      expect(await ruleIds(code, 'electron/files/backups.ts')).toContain('no-restricted-imports');
    }
  }, 60_000);
});
