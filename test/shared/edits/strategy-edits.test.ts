import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import {
  addStrategy,
  deleteStrategy,
  duplicateStrategy,
  moveStrategy,
  uniqueName,
} from '../../../shared/edits/strategy-edits.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

const mixed = fixtureText('mixed-inheritance.jsonc');
const namesOf = (text: string) => analyzeText(text).strategies.map((s) => s.name);

describe('edits/strategy-edits', () => {
  describe('uniqueName()', () => {
    it('keeps a free name and numbers a taken one', () => {
      expect(uniqueName(new Set(['a']), 'b')).toBe('b');
      expect(uniqueName(new Set(['a', 'a_2']), 'a')).toBe('a_3');
    });
  });

  describe('addStrategy()', () => {
    it('appends a disabled strategy under a free name, comments kept', () => {
      const after = applyEdits(mixed, addStrategy(mixed, 'eth_risk_based'));
      const added = analyzeText(after).strategies.at(-1);
      expect([added?.name, added?.enabled]).toEqual(['eth_risk_based_2', false]);
      expect(after).toContain(
        '"notes": { "kept": ["as", "is"] }\n    },\n    {\n      "name": "eth_risk_based_2"',
      );
      expect(
        after.replace(
          /,\n {4}\{\n {6}"name": "eth_risk_based_2",\n {6}"enabled": false\n {4}\}/,
          '',
        ),
      ).toBe(mixed);
    });

    it('creates the strategies list when there is none', () => {
      const after = applyEdits('{"log_level": "INFO"}', addStrategy('{"log_level": "INFO"}'));
      expect(after).toBe(
        '{"log_level": "INFO", "strategies": [{"name": "new_strategy", "enabled": false}]}',
      );
    });

    it('never replaces strategies that are not a list, nor edits an unreadable file', () => {
      expect(addStrategy('{"strategies": {"eth": {"name": "eth"}}}')).toEqual([]);
      expect(addStrategy('{"strategies": 7}')).toEqual([]);
      expect(addStrategy('[1]')).toEqual([]);
      expect(addStrategy('{"strategies": [')).toEqual([]);
    });
  });

  describe('deleteStrategy()', () => {
    it('removes a strategy with its comma and nothing else', () => {
      const after = applyEdits(mixed, deleteStrategy(mixed, 1));
      expect(namesOf(after)).toEqual(['btc_inherits_all', 'sol_percent']);
      expect(after).toContain('// No position_sizing');
      expect(after).not.toContain('// risks 1 %');
    });

    it('gives no edit for a strategy that is not there', () => {
      expect(deleteStrategy(mixed, 3)).toEqual([]);
      expect(deleteStrategy('{}', 0)).toEqual([]);
    });
  });

  describe('duplicateStrategy()', () => {
    it('inserts a copy right after, comments included, under a new name', () => {
      const after = applyEdits(mixed, duplicateStrategy(mixed, 1));
      expect(namesOf(after)).toEqual([
        'btc_inherits_all',
        'eth_risk_based',
        'eth_risk_based_copy',
        'sol_percent',
      ]);
      expect(after.split('// risks 1 % (inherited)').length).toBe(3);
      const again = applyEdits(after, duplicateStrategy(after, 1));
      expect(namesOf(again)[2]).toBe('eth_risk_based_copy_2');
    });

    it('keeps a one-line list on one line', () => {
      const text = '{"strategies": [{"name": "a"}, {"name": "b"}]}';
      expect(applyEdits(text, duplicateStrategy(text, 0))).toBe(
        '{"strategies": [{"name": "a"}, {"name": "a_copy"}, {"name": "b"}]}',
      );
    });
  });

  describe('moveStrategy()', () => {
    it('moves a strategy with its exact text', () => {
      const down = applyEdits(mixed, moveStrategy(mixed, 0, 2));
      expect(namesOf(down)).toEqual(['eth_risk_based', 'sol_percent', 'btc_inherits_all']);
      expect(down).toContain('"market": "BTC-USD"\n      // No position_sizing');
      const up = applyEdits(down, moveStrategy(down, 2, 0));
      expect(namesOf(up)).toEqual(namesOf(mixed));
      expect(analyzeText(up).config).toEqual(analyzeText(mixed).config);
    });

    it('moves within a one-line list', () => {
      const text = '{"strategies": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}';
      expect(applyEdits(text, moveStrategy(text, 2, 0))).toBe(
        '{"strategies": [{"name": "c"}, {"name": "a"}, {"name": "b"}]}',
      );
    });

    it('gives no edit for positions outside the list or no move', () => {
      expect(moveStrategy(mixed, 0, 3)).toEqual([]);
      expect(moveStrategy(mixed, 3, 0)).toEqual([]);
      expect(moveStrategy(mixed, 1, 1)).toEqual([]);
      expect(moveStrategy(mixed, 1, -1)).toEqual([]);
    });
  });
});
