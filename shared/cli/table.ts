import type { Paint, Style } from './ansi-colour.ts';
import { printable } from './terminal-text.ts';

/** A table column: its heading and which side its values line up on. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** A cell: plain text, or text with a style applied after alignment. */
export type Cell = string | { readonly text: string; readonly style?: Style | undefined };

/** How a table is drawn. */
export interface TableOptions {
  readonly paint: Paint;
  /** Spaces before every line. */
  readonly indent?: number;
  /** Whether the first line shows the headers (default true). */
  readonly headers?: boolean;
}

const GAP = '  ';

function textOf(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return printable(typeof cell === 'string' ? cell : cell.text);
}

function styleOf(cell: Cell | undefined): Style | undefined {
  return typeof cell === 'object' ? cell.style : undefined;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Display width in code points: close enough for names and numbers. A pair of surrogates is
 * one code point; counting pairs instead of spreading the text into an array keeps `check` of a
 * large config from building an array per cell.
 */
function width(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/** A row's cells as printed, with their widths: each measured once for the widths and the line. */
interface Measured {
  readonly texts: string[];
  readonly widths: number[];
}

function measure(cells: readonly Cell[], columnCount: number): Measured {
  const texts: string[] = [];
  const widths: number[] = [];
  for (let i = 0; i < columnCount; i++) {
    const text = textOf(cells[i]);
    texts.push(text);
    widths.push(width(text));
  }
  return { texts, widths };
}

function columnWidths(
  columns: readonly Column[],
  rows: readonly Measured[],
  showHeaders: boolean,
): number[] {
  return columns.map((c, i) => {
    let max = showHeaders ? width(c.header) : 0;
    for (const row of rows) max = Math.max(max, row.widths[i] ?? 0);
    return max;
  });
}

/** Draws rows under aligned columns; styles never shift the alignment. No trailing spaces. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): string[] {
  const showHeaders = options.headers ?? true;
  const measured = rows.map((row) => measure(row, columns.length));
  const widths = columnWidths(columns, measured, showHeaders);
  const indent = ' '.repeat(options.indent ?? 0);
  const line = (row: Measured, styles: (i: number) => Style | undefined): string => {
    let out = indent;
    for (let i = 0; i < columns.length; i++) {
      const text = row.texts[i] ?? '';
      const pad = ' '.repeat((widths[i] ?? 0) - (row.widths[i] ?? 0));
      const painted = options.paint(styles(i), text);
      if (i > 0) out += GAP;
      out += columns[i]?.align === 'right' ? pad + painted : painted + pad;
    }
    return out.trimEnd();
  };
  const headerCells: readonly Cell[] = columns.map((c) => c.header);
  const lines = showHeaders ? [line(measure(headerCells, columns.length), () => 'bold')] : [];
  measured.forEach((row, r) => lines.push(line(row, (i) => styleOf(rows[r]?.[i]))));
  return lines;
}
