import type { Cell, Column, TableOptions } from '../../../shared/cli/table.ts';
import { printable } from '../../../shared/cli/terminal-text.ts';

// The table as first written: plain and obviously right, kept to check the leaner renderTable.

function textOf(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return printable(typeof cell === 'string' ? cell : cell.text);
}

function width(text: string): number {
  return Array.from(text).length;
}

/** Every line of the table, drawn the plain way. */
export function referenceTable(
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
      const style = headerLine ? 'bold' : typeof cells[i] === 'object' ? cells[i].style : undefined;
      const painted = options.paint(style, text);
      return c.align === 'right' ? pad + painted : painted + pad;
    });
    return (indent + parts.join('  ')).trimEnd();
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
