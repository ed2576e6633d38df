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

/** Display width in code points: close enough for names and numbers. */
function width(text: string): number {
  return Array.from(text).length;
}

/** Draws rows under aligned columns; styles never shift the alignment. No trailing spaces. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): string[] {
  const showHeaders = options.headers ?? true;
  const widths = columns.map((c, i) =>
    Math.max(showHeaders ? width(c.header) : 0, ...rows.map((r) => width(textOf(r[i])))),
  );
  const indent = ' '.repeat(options.indent ?? 0);
  const line = (cells: readonly Cell[], headerLine: boolean): string => {
    const parts = columns.map((c, i) => {
      const text = textOf(cells[i]);
      const pad = ' '.repeat((widths[i] ?? 0) - width(text));
      const style = headerLine ? 'bold' : styleOf(cells[i]);
      const painted = options.paint(style, text);
      return c.align === 'right' ? pad + painted : painted + pad;
    });
    return (indent + parts.join(GAP)).trimEnd();
  };
  const header = showHeaders
    ? [
        line(
          columns.map((c) => c.header),
          true,
        ),
      ]
    : [];
  return [...header, ...rows.map((r) => line(r, false))];
}
