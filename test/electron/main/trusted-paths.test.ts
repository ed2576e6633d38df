import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustedPaths, MAX_TRUSTED_PATHS } from '../../../electron/main/trusted-paths.ts';
import { useTempFolder } from '../files/temp-folder.ts';

describe('trusted-paths', () => {
  const folder = useTempFolder();

  it('remembers the chosen files across sessions', async () => {
    const file = join(folder(), 'trusted-paths.json');
    const first = await loadTrustedPaths(file);
    await first.add('/c/a.json');
    const next = await loadTrustedPaths(file);
    expect(next.has('/c/a.json')).toBe(true);
    expect(next.has('/c/b.json')).toBe(false);
  });

  it('forgets the oldest beyond the limit', async () => {
    const file = join(folder(), 'trusted-paths.json');
    const set = await loadTrustedPaths(file);
    for (let i = 0; i <= MAX_TRUSTED_PATHS; i++) await set.add(`/c/${i}.json`);
    const next = await loadTrustedPaths(file);
    expect(next.has('/c/0.json')).toBe(false);
    expect(next.has(`/c/${MAX_TRUSTED_PATHS}.json`)).toBe(true);
  });
});
