import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../shared/analyze.ts';
import { overrideParameter, resetAllOverrides } from '../../../shared/edits/sizing-edits.ts';
import { applyEdits } from '../../../shared/edits/text-edit.ts';
import { fixtureText } from '../../fixtures/read-fixture.ts';

const mixed = fixtureText('mixed-inheritance.jsonc');
const reset = (text: string, index: number) => applyEdits(text, resetAllOverrides(text, index));
const sourcesOf = (text: string, index: number) =>
  Object.values(analyzeText(text).strategies[index]?.sizing.sources ?? {});

describe('edits/sizing-edits resetAllOverrides()', () => {
  it('removes overrides in either spelling', () => {
    const after = reset(mixed, 2);
    for (const spelling of ['"method": "percent_equity"', 'equity_percentage', '2500'])
      expect(after).not.toContain(spelling);
  });

  it('makes every parameter inherited again and drops a block left empty', () => {
    const after = reset(mixed, 2);
    expect(sourcesOf(after, 2)).not.toContain('strategy');
    expect(after).not.toContain('equity_percentage');
    expect(after).toContain('"notes": { "kept": ["as", "is"] }');
    expect(analyzeText(after).strategies[2]?.raw).not.toHaveProperty('position_sizing');
  });

  it('keeps a block that holds a comment no member owns, and the comment', () => {
    const text = mixed.replace(
      '"method": "percent_equity",',
      '// sized apart from the others\n\n        "method": "percent_equity",',
    );
    const after = reset(text, 2);
    expect(sourcesOf(after, 2)).not.toContain('strategy');
    expect(after).toContain('// sized apart from the others');
    expect(analyzeText(after).strategies[2]?.raw).toHaveProperty('position_sizing');
  });

  it("takes a member's own trailing comment with it", () => {
    const after = reset(mixed, 1);
    expect(after).not.toContain('risks 1 % (inherited)');
    expect(sourcesOf(after, 1)).not.toContain('strategy');
  });

  it('keeps keys of the block that are not sizing parameters', () => {
    const text = mixed.replace(
      '"max_position_size_usd": 2500',
      '"max_position_size_usd": 2500, "note": 1',
    );
    const after = reset(text, 2);
    expect(after).toContain('"note": 1');
    expect(sourcesOf(after, 2)).not.toContain('strategy');
  });

  it('undoes overrides made one by one back to the original bytes', () => {
    let text = mixed;
    for (const key of ['risk_per_trade_pct', 'max_position_size_usd', 'fixed_amount_usd'] as const)
      text = applyEdits(text, overrideParameter(text, 0, key));
    expect(sourcesOf(text, 0).filter((s) => s === 'strategy')).toHaveLength(3);
    expect(reset(text, 0)).toBe(mixed);
  });

  it('changes nothing on a strategy without overrides or one that is not there', () => {
    expect(resetAllOverrides(mixed, 0)).toEqual([]);
    expect(resetAllOverrides(mixed, 9)).toEqual([]);
    expect(resetAllOverrides('{ not json', 0)).toEqual([]);
  });
});
