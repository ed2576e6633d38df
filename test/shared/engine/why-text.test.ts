import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../../shared/format/money.ts';
import { whySentence } from '../../../shared/engine/why-text.ts';

describe('engine/why-text', () => {
  it('states the engine’s default limits as every other amount is shown: two decimals and a currency', () => {
    // The sentence is written out (no formatter at load); it must read as formatUsd renders.
    expect(whySentence(['default-limit'])).toBe(
      `applies its default limits (max ${formatUsd(10_000)}, min ${formatUsd(10)}, leverage 25×)`,
    );
  });
});
