/** One line of a line diff: kept, removed from the old text, or added in the new. */
export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Splits a text into lines, each without its line end (a final line end adds no empty line). */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Myers' O((N+M)·D) line diff: fast when few lines change, which is what a fix or a review
 * of a config looks like.
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const max = n + m;
  const trace: Int32Array[] = [];
  let v = new Int32Array(2 * max + 2);
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[max + k - 1] ?? 0) < (v[max + k + 1] ?? 0));
      let x = down ? (v[max + k + 1] ?? 0) : (v[max + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x++;
        y++;
      }
      next[max + k] = x;
      if (x >= n && y >= m) return backtrack(trace, next, before, after, d, k);
    }
    v = next;
  }
  return [];
}

function backtrack(
  trace: readonly Int32Array[],
  last: Int32Array,
  before: readonly string[],
  after: readonly string[],
  depth: number,
  endK: number,
): DiffLine[] {
  const max = before.length + after.length;
  const out: DiffLine[] = [];
  let x = last[max + endK] ?? 0;
  let y = x - endK;
  for (let d = depth; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[max + k - 1] ?? 0) < (v[max + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[max + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      out.push({ kind: 'same', text: before[--x] as string });
      y--;
    }
    if (down) out.push({ kind: 'added', text: after[--y] as string });
    else out.push({ kind: 'removed', text: before[--x] as string });
  }
  while (x > 0 && y > 0) {
    out.push({ kind: 'same', text: before[--x] as string });
    y--;
  }
  return out.reverse();
}

/** A hunk's line range as `diff -u` writes it: `3` for one line, `2,0` for none after line 2. */
function range(start: number, count: number): string {
  if (count === 1) return `${start}`;
  return `${count === 0 ? start - 1 : start},${count}`;
}

/** A unified diff (`diff -u` style, 3 lines of context) of two texts; empty when they are equal. */
const CONTEXT = 3;

/** Where a hunk that starts changing at `i` ends: after `CONTEXT` lines past its last change. */
function hunkEnd(lines: readonly DiffLine[], i: number): number {
  let end = i;
  let quiet = 0;
  for (let j = i; j < lines.length && quiet <= 2 * CONTEXT; j++) {
    quiet = (lines[j] as DiffLine).kind === 'same' ? quiet + 1 : 0;
    end = j + 1;
  }
  return Math.max(i + 1, end - Math.max(0, quiet - CONTEXT));
}

/** One hunk's header and lines; `oldLine`/`newLine` are the line numbers at its first change. */
function hunkText(
  hunk: readonly DiffLine[],
  lead: number,
  oldLine: number,
  newLine: number,
): string[] {
  const oldCount = hunk.filter((l) => l.kind !== 'added').length;
  const newCount = hunk.filter((l) => l.kind !== 'removed').length;
  const head = `@@ -${range(oldLine - lead, oldCount)} +${range(newLine - lead, newCount)} @@`;
  const sign = { same: ' ', removed: '-', added: '+' } as const;
  return [head, ...hunk.map((l) => `${sign[l.kind]}${l.text}`)];
}

export function unifiedDiff(
  before: string,
  after: string,
  oldName: string,
  newName: string,
): string {
  if (before === after) return '';
  const lines = diffLines(splitLines(before), splitLines(after));
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < lines.length) {
    if ((lines[i] as DiffLine).kind === 'same') {
      i++;
      oldLine++;
      newLine++;
      continue;
    }
    const start = Math.max(0, i - CONTEXT);
    const end = hunkEnd(lines, i);
    out.push(...hunkText(lines.slice(start, end), i - start, oldLine, newLine));
    for (const l of lines.slice(i, end)) {
      if (l.kind !== 'added') oldLine++;
      if (l.kind !== 'removed') newLine++;
    }
    i = end;
  }
  return `${out.join('\n')}\n`;
}
