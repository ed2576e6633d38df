import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { removeKey, setValue } from '../../../shared/edits/set-value.ts';
import { resetParameter, setSizingValue } from '../../../shared/edits/sizing-edits.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';
import { parseText } from '../../../shared/parse/parse-text.ts';

// json.load keeps the last copy of a repeated key: that is the copy an edit must change.
const TWICE =
  '{\n  "position_sizing": {\n    "method": "fixed_usd",\n    "fixed_amount_usd": 100,\n    "fixed_amount_usd": 200\n  },\n  "strategies": []\n}';

const effective = (text: string): unknown =>
  (parseText(text).value as { position_sizing: Record<string, unknown> }).position_sizing
    .fixed_amount_usd;

describe('edits on a duplicated key', () => {
  it('setValue changes the copy in effect (the last)', () => {
    const after = applyEdits(TWICE, setValue(TWICE, ['position_sizing', 'fixed_amount_usd'], 300));
    expect(effective(after)).toBe(300);
    expect(after).toContain('"fixed_amount_usd": 100,\n    "fixed_amount_usd": 300');
  });

  it('setValue with an object value also replaces the last copy', () => {
    const text = '{"a": {"x": 1}, "a": {"x": 2}}';
    expect(applyEdits(text, setValue(text, ['a'], { x: 3 }))).toBe(
      '{"a": {"x": 1}, "a": {"x": 3}}',
    );
  });

  it('setSizingValue changes the copy in effect', () => {
    const edits = setSizingValue(TWICE, { kind: 'global' }, 'fixed_amount_usd', 300);
    expect(effective(applyEdits(TWICE, edits))).toBe(300);
  });

  it('follows the last copy of a repeated block too', () => {
    const text = '{"position_sizing": {"max_leverage": 1}, "position_sizing": {"max_leverage": 2}}';
    const after = applyEdits(text, setValue(text, ['position_sizing', 'max_leverage'], 3));
    expect(after).toBe(
      '{"position_sizing": {"max_leverage": 1}, "position_sizing": {"max_leverage": 3}}',
    );
  });

  it('removeKey removes every copy, so none comes back into effect', () => {
    const after = applyEdits(TWICE, removeKey(TWICE, ['position_sizing', 'fixed_amount_usd']));
    expect(after).toBe(
      '{\n  "position_sizing": {\n    "method": "fixed_usd"\n  },\n  "strategies": []\n}',
    );
    expect(analyzeText(after).diagnostics.filter((d) => d.code === 'duplicate-key')).toEqual([]);
  });

  it('reset removes every copy of the override', () => {
    const text =
      '{"position_sizing": {"method": "fixed_usd", "fixed_amount_usd": 10, "max_leverage": 2}, "strategies": [{"name": "a", "position_sizing": {"max_leverage": 3, "method": "fixed_usd", "max_leverage": 4}}]}';
    const after = applyEdits(text, resetParameter(text, 0, 'max_leverage'));
    expect(after).toBe(
      '{"position_sizing": {"method": "fixed_usd", "fixed_amount_usd": 10, "max_leverage": 2}, "strategies": [{"name": "a", "position_sizing": {"method": "fixed_usd"}}]}',
    );
  });
});
