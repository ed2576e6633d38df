import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  githubAnnotations,
} from '../../../shared/cli/github-annotations.ts';
import { REPORTED } from './report-diagnostics.ts';

/** What the runner does with an escaped value: GitHub's own unescaping, in reverse order. */
function unescapeProperty(text: string): string {
  return text
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%0A', '\n')
    .replaceAll('%0D', '\r')
    .replaceAll('%25', '%');
}

describe('github-annotations', () => {
  describe('escapeData()', () => {
    it('escapes %, CR and LF, and nothing else', () => {
      expect(escapeData('100% a\r\nb, c: d')).toBe('100%25 a%0D%0Ab, c: d');
    });
  });

  describe('escapeProperty()', () => {
    it('also escapes the , and : that would end a property', () => {
      expect(escapeProperty('C:\\desk,1\\100%.json')).toBe('C%3A\\desk%2C1\\100%25.json');
    });

    it('leaves nothing that ends a property or a command, and the runner gets the text back', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          const escaped = escapeProperty(text);
          expect(escaped).not.toMatch(/[,:\r\n]/);
          expect(unescapeProperty(escaped)).toBe(text);
        }),
      );
    });
  });

  describe('githubAnnotations()', () => {
    it('writes one error, warning or notice command per diagnostic, escaped', async () => {
      const lines = githubAnnotations('configs/desk, 1:a.json', REPORTED);
      await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('golden/annotations.github.txt');
    });

    it('puts every command on one line, whatever the file name', () => {
      const lines = githubAnnotations('a\nb.json', REPORTED);
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        expect(line).toMatch(/^::(error|warning|notice) file=a%0Ab\.json,line=\d+,col=\d+,title=/);
      }
    });
  });
});
