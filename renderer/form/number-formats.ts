import type { SizingUnit } from '../../shared/sizing-keys.ts';
import { parseAmount } from '../../shared/format/parse-amount.ts';
import {
  formatFraction,
  formatPercent,
  formatUnits,
  formatUsd,
  parsePercentOrFraction,
} from '../../shared/format/money.ts';

/** How a number field reads what is typed and what it shows beside the value. */
export interface NumberFormat {
  parse(text: string): number | undefined;
  /** Text shown next to the value (e.g. "2 %" beside 0.02), or undefined. */
  aside(value: number): string | undefined;
  readonly integer?: boolean;
}

/** The shared amount parser (`25,000`, `$25k`…); any sign, since the diagnostics judge the range. */
function plainNumber(text: string): number | undefined {
  const read = parseAmount(text, 'any');
  return read.ok ? read.value : undefined;
}

export const FORMATS = {
  usd: { parse: plainNumber, aside: (v) => formatUsd(v) },
  fraction: { parse: parsePercentOrFraction, aside: (v) => formatFraction(v) },
  /** A value stored in percent (stop_loss_pct 3.0 = 3 %): "3 %" and "3" both store 3. */
  percent: {
    parse: (t) => plainNumber(t.replace(/\s*%\s*$/, '')),
    aside: (v) => formatPercent(v),
  },
  units: { parse: plainNumber, aside: (v) => `${formatUnits(v)} units` },
  ratio: { parse: plainNumber, aside: () => undefined },
  integer: { parse: plainNumber, aside: () => undefined, integer: true },
} satisfies Record<string, NumberFormat>;

/** The format of a sizing key's unit. */
export function formatOfUnit(unit: Exclude<SizingUnit, 'method'>): NumberFormat {
  return FORMATS[unit];
}

/** A stored value as the field shows it for editing. */
export function draftOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}
