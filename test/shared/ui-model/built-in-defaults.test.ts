import { describe, expect, it } from 'vitest';
import {
  builtInDefault,
  isModifiedFromDefault,
} from '../../../shared/ui-model/built-in-defaults.ts';

describe('ui-model/built-in-defaults', () => {
  it("knows SPEC §3's defaults and the 5 % stop", () => {
    expect(builtInDefault('method')).toBe('fixed_usd');
    expect(builtInDefault('kelly_max_position_pct')).toBe(0.25);
    expect(builtInDefault('default_stop_loss_pct')).toBe(0.05);
    expect(builtInDefault('max_position_size_usd')).toBeUndefined();
  });

  it('marks a value set away from the default, not one equal to it or not set', () => {
    expect(isModifiedFromDefault('kelly_max_position_pct', 0.3)).toBe(true);
    expect(isModifiedFromDefault('kelly_max_position_pct', 0.25)).toBe(false);
    expect(isModifiedFromDefault('kelly_max_position_pct', '0.25')).toBe(true);
    expect(isModifiedFromDefault('method', 'fixed_usd')).toBe(false);
    expect(isModifiedFromDefault('method', 'risk_based')).toBe(true);
    expect(isModifiedFromDefault('default_stop_loss_pct', 0.05)).toBe(false);
  });

  it('marks any value of a key without a default, and nothing when unset', () => {
    expect(isModifiedFromDefault('max_position_size_usd', 5000)).toBe(true);
    expect(isModifiedFromDefault('max_position_size_usd', undefined)).toBe(false);
  });
});
