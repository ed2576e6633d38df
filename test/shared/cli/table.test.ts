import { describe, expect, it } from 'vitest';
import { painter } from '../../../shared/cli/ansi-colour.ts';
import { renderTable } from '../../../shared/cli/table.ts';

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
  });
});
