import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Style } from '../../../shared/cli/ansi-colour.ts';
import { painter } from '../../../shared/cli/ansi-colour.ts';
import type { Cell } from '../../../shared/cli/table.ts';
import { renderTable } from '../../../shared/cli/table.ts';
import { referenceTable } from './table-reference.ts';

const STYLES: readonly (Style | undefined)[] = ['bold', 'dim', 'red', 'green', undefined];

// Text a config can hold: surrogate pairs and lone halves, tabs, controls, trailing spaces.
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', ' ', '\t', '\n', '\u001b', '\u0085', '\u00e9', '\u2014'),
    fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00'),
  ),
  maxLength: 8,
});
const cell: fc.Arbitrary<Cell> = fc.oneof(
  text,
  fc.record({ text, style: fc.constantFrom(...STYLES) }),
);

describe('table', () => {
  describe('renderTable()', () => {
    const columns = [{ header: 'Name' }, { header: 'Size', align: 'right' as const }];
    const rows = [
      ['btc', '$1,000.00'],
      ['a_longer_name', '$5.00'],
    ];

    it('aligns columns left or right, without trailing spaces', () => {
      expect(renderTable(columns, rows, { paint: painter(false) })).toEqual([
        'Name                Size',
        'btc            $1,000.00',
        'a_longer_name      $5.00',
      ]);
    });

    it('indents and leaves out the headers on request', () => {
      const lines = renderTable(columns, rows, {
        paint: painter(false),
        indent: 2,
        headers: false,
      });
      expect(lines).toEqual(['  btc            $1,000.00', '  a_longer_name      $5.00']);
    });

    it('pads outside the colour so styled cells stay aligned', () => {
      const styled = [[{ text: 'x', style: 'red' as const }, '1']];
      const lines = renderTable(columns, styled, { paint: painter(true), headers: false });
      expect(lines).toEqual(['\u001b[31mx\u001b[39m  1']);
    });

    it('shows control characters in cells as escapes', () => {
      const lines = renderTable(columns, [['a\u001bb\nc', '1']], {
        paint: painter(false),
        headers: false,
      });
      expect(lines).toEqual(['a\\u001bb\\u000ac  1']);
    });

    it('draws exactly what the plain reference draws, for any cells and options', () => {
      // Headers are the program's own words: no control characters.
      const header = fc.string({ unit: fc.constantFrom('a', ' ', '\u00e9', '\ud83d\ude00') });
      const column = fc.record({ header, align: fc.constantFrom('left', 'right') });
      const table = fc.array(column, { minLength: 1, maxLength: 4 }).chain((columns) =>
        fc.record({
          columns: fc.constant(columns),
          // Rows shorter or longer than the columns happen too: missing cells are blank.
          rows: fc.array(fc.array(cell, { maxLength: columns.length + 1 }), { maxLength: 6 }),
          colour: fc.boolean(),
          // Either option may be left out.
          drawing: fc.record({ indent: fc.nat(3), headers: fc.boolean() }, { requiredKeys: [] }),
        }),
      );
      fc.assert(
        fc.property(table, ({ columns, rows, colour, drawing }) => {
          const options = { paint: painter(colour), ...drawing };
          expect(renderTable(columns, rows, options)).toEqual(
            referenceTable(columns, rows, options),
          );
        }),
        { numRuns: 500 },
      );
    });
  });
});
