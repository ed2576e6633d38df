import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFromArgv } from '../../../electron/main/command-line.ts';

const cwd = resolve('/home/trader');

describe('command-line', () => {
  describe('fileFromArgv()', () => {
    it('finds the file after the packaged executable', () => {
      expect(fileFromArgv(['/opt/Spark/spark', 'config.json'], { defaultApp: false, cwd })).toBe(
        resolve(cwd, 'config.json'),
      );
      expect(
        fileFromArgv(['/opt/Spark/spark', resolve('/etc/c.json')], { defaultApp: false, cwd }),
      ).toBe(resolve('/etc/c.json'));
    });
    it('skips the app path when run as `electron <app> <file>`', () => {
      expect(fileFromArgv(['electron', '.', 'a.json'], { defaultApp: true, cwd })).toBe(
        resolve(cwd, 'a.json'),
      );
      expect(fileFromArgv(['electron', 'out/main/index.js'], { defaultApp: true, cwd })).toBeNull();
    });
    it('skips switches added by Chromium, a second instance or a test runner', () => {
      const argv = [
        'electron',
        '--inspect=0',
        '--remote-debugging-port=0',
        'out/main/index.js',
        '--no-sandbox',
        'b.json',
      ];
      expect(fileFromArgv(argv, { defaultApp: true, cwd })).toBe(resolve(cwd, 'b.json'));
      expect(
        fileFromArgv(['spark', '--allow-file-access-from-files'], { defaultApp: false, cwd }),
      ).toBeNull();
    });
    it('takes a name starting with a dash after `--`', () => {
      expect(fileFromArgv(['spark', '--', '-odd.json'], { defaultApp: false, cwd })).toBe(
        resolve(cwd, '-odd.json'),
      );
    });
    it('is null with no file', () => {
      expect(fileFromArgv(['spark'], { defaultApp: false, cwd })).toBeNull();
      expect(fileFromArgv([], { defaultApp: false, cwd })).toBeNull();
    });
  });
});
