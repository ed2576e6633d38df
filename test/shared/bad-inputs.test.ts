import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../../shared/analyze.ts';
import { insertIntoList, removeKey, setValue } from '../../shared/edits/set-value.ts';
import {
  overrideParameter,
  resetParameter,
  setSizingValue,
} from '../../shared/edits/sizing-edits.ts';
import {
  addStrategy,
  deleteStrategy,
  duplicateStrategy,
  moveStrategy,
} from '../../shared/edits/strategy-edits.ts';
import { applyEdits } from '../../shared/edits/text-edit.ts';
import { exportConfig } from '../../shared/export/export-config.ts';
import { BAD_INPUTS, largeConfig } from '../corpus/bad-inputs.ts';

/** Every edit a user can trigger from the form, on any text. */
function everyEdit(text: string) {
  return [
    setValue(text, ['position_sizing', 'method'], 'kelly'),
    setValue(text, ['strategies', 0, 'name'], 'x'),
    removeKey(text, ['position_sizing']),
    insertIntoList(text, ['strategies'], 0, { name: 'n' }),
    setSizingValue(text, { kind: 'global' }, 'max_leverage', 2),
    setSizingValue(text, { kind: 'strategy', index: 0 }, 'fixed_amount_usd', 10),
    overrideParameter(text, 0, 'method'),
    resetParameter(text, 0, 'method'),
    addStrategy(text),
    duplicateStrategy(text, 0),
    deleteStrategy(text, 0),
    moveStrategy(text, 0, 1),
  ];
}

describe('analyze (bad-input corpus)', () => {
  describe.each(BAD_INPUTS)('$name', (input) => {
    const analysis = analyzeBytes(input.bytes);

    it(`reports ${input.expectCode} with its line and column`, () => {
      const found = analysis.diagnostics.filter((d) => d.code === input.expectCode);
      expect(found.map((d) => d.start)).toContainEqual({ line: input.line, column: input.column });
      for (const d of analysis.diagnostics) {
        expect(d.message.length).toBeGreaterThan(20);
        expect(d.start.line).toBeGreaterThanOrEqual(1);
        expect(d.start.column).toBeGreaterThanOrEqual(1);
      }
    });

    it('never throws from export or any edit; an edit of a readable text keeps it readable', () => {
      const result = exportConfig(analysis);
      expect(result.ok).toBe(!analysis.diagnostics.some((d) => d.severity === 'error'));
      const readable = analysis.config !== undefined;
      for (const edits of everyEdit(analysis.text)) {
        const after = analyzeText(applyEdits(analysis.text, edits));
        if (readable) expect(after.config).toBeDefined();
      }
    });

    it('leaves Object.prototype untouched', () => {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).max_position_size_usd).toBeUndefined();
    });
  });

  it('keeps "__proto__" keys as data', () => {
    const input = BAD_INPUTS.find((i) => i.name === '__proto__ keys')!;
    const config = analyzeBytes(input.bytes).config as Record<string, unknown>;
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(config, '__proto__')?.value).toEqual({ polluted: true });
    const [strategy] = analyzeBytes(input.bytes).strategies;
    expect(strategy?.name).toBe('__proto__');
    expect(strategy?.enabled).toBe(true);
    expect(strategy?.sizing.values.max_position_size_usd).toBe(50);
  });

  it('analyzes a 50 MB file to the end without throwing', { timeout: 120_000 }, () => {
    const { bytes, line, column } = largeConfig(50 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(49 * 1024 * 1024);
    const analysis = analyzeBytes(bytes);
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.start.line, d.start.column])).toEqual([
      ['range', line, column],
    ]);
    expect(exportConfig(analysis).ok).toBe(false);
  });
});
