import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  addRecentFile,
  loadRecentFiles,
  MAX_RECENT_FILES,
  removeRecentFile,
} from '../../../electron/main/recent-files.ts';
import { useTempFolder } from '../files/temp-folder.ts';

describe('recent-files', () => {
  const folder = useTempFolder();

  describe('addRecentFile()', () => {
    it('puts the file first, once, and caps the list', () => {
      let list = addRecentFile([], '/a/one.json');
      list = addRecentFile(list, '/a/two.json');
      list = addRecentFile(list, '/a/one.json');
      expect(list).toEqual([
        { path: '/a/one.json', name: 'one.json' },
        { path: '/a/two.json', name: 'two.json' },
      ]);
      for (let i = 0; i < 20; i++) list = addRecentFile(list, `/a/${i}.json`);
      expect(list).toHaveLength(MAX_RECENT_FILES);
      expect(list[0]?.path).toBe('/a/19.json');
    });
  });

  describe('removeRecentFile()', () => {
    it('drops the file', () => {
      expect(removeRecentFile(addRecentFile([], '/a.json'), '/a.json')).toEqual([]);
    });
  });

  describe('loadRecentFiles()', () => {
    it('remembers the list across runs and reports changes', async () => {
      const file = join(folder(), 'recent-files.json');
      const onChange = vi.fn();
      const first = await loadRecentFiles(file, onChange);
      await first.add('/c/config.json');
      expect(onChange).toHaveBeenCalledWith([{ path: '/c/config.json', name: 'config.json' }]);
      const second = await loadRecentFiles(file);
      expect(second.list()).toEqual([{ path: '/c/config.json', name: 'config.json' }]);
      await second.clear();
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([]);
    });
    it('starts empty from a missing or corrupt file', async () => {
      expect((await loadRecentFiles(join(folder(), 'none.json'))).list()).toEqual([]);
      const corrupt = join(folder(), 'corrupt.json');
      await writeFile(corrupt, '{"not": "a list"');
      expect((await loadRecentFiles(corrupt)).list()).toEqual([]);
      await writeFile(corrupt, '[{"path": 1}]');
      expect((await loadRecentFiles(corrupt)).list()).toEqual([]);
    });
  });
});
