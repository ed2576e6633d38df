import { describe, expect, it } from 'vitest';
import { analysisOfText } from '../../../renderer/state/text-analysis.ts';

const config = (amount: number): string =>
  JSON.stringify({ position_sizing: { method: 'fixed_usd', fixed_usd_amount: amount } });

describe('analysisOfText', () => {
  it('keeps the saved and the on-disk analyses while both are on screen', () => {
    const saved = analysisOfText(config(100));
    const disk = analysisOfText(config(200));
    expect(analysisOfText(config(100))).toBe(saved);
    expect(analysisOfText(config(200))).toBe(disk);
    expect(saved.config).not.toEqual(disk.config);
  });

  it('lets the least recently read text go when a third arrives', () => {
    const first = analysisOfText(config(1));
    const second = analysisOfText(config(2));
    analysisOfText(config(1));
    analysisOfText(config(3));
    expect(analysisOfText(config(1))).toBe(first);
    expect(analysisOfText(config(2))).not.toBe(second);
  });
});
