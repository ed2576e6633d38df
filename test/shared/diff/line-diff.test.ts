import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiffLine } from '../../../shared/diff/line-diff.ts';
import { diffLines, unifiedDiff } from '../../../shared/diff/line-diff.ts';

const old = (lines: readonly DiffLine[]): string[] =>
  lines.filter((l) => l.kind !== 'added').map((l) => l.text);
const now = (lines: readonly DiffLine[]): string[] =>
  lines.filter((l) => l.kind !== 'removed').map((l) => l.text);

/** Longest common subsequence length, the plain quadratic way: the oracle for minimality. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1] as number);
      diagonal = up;
    }
  }
  return row[b.length] as number;
}

describe('diff/line-diff', () => {
  describe('diffLines()', () => {
    it('rebuilds both sides and keeps a longest common subsequence (property)', () => {
      const lines = fc.array(fc.constantFrom('a', 'b', 'c', '{', '}'), { maxLength: 30 });
      fc.assert(
        fc.property(lines, lines, (a, b) => {
          const d = diffLines(a, b);
          expect(old(d)).toEqual(a);
          expect(now(d)).toEqual(b);
          expect(d.filter((l) => l.kind === 'same')).toHaveLength(lcs(a, b));
        }),
      );
    });
  });

  describe('unifiedDiff()', () => {
    it('writes hunks as diff -u does, with three lines of context', () => {
      const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n';
      const after = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n';
      expect(unifiedDiff(before, after, 'old', 'new')).toBe(
        '--- old\n+++ new\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -9,5 +9,6 @@\n i\n j\n k\n-l\n+L\n m\n+n\n',
      );
      expect(unifiedDiff('', 'y\n', 'o', 'n')).toBe('--- o\n+++ n\n@@ -0,0 +1 @@\n+y\n');
      expect(unifiedDiff('same\n', 'same\n', 'o', 'n')).toBe('');
    });
  });
});
