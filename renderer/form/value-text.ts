import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { SIZING_KEYS } from '../../shared/sizing-keys.ts';
import { formatFraction, formatUnits, formatUsd } from '../../shared/format/money.ts';

/** A sizing value as the trader reads it: $1,000.00, 2 %, 0.5 units, 2× … */
export function sizingValueText(key: CanonicalKey, value: unknown): string {
  if (typeof value !== 'number') return shownValue(value);
  switch (SIZING_KEYS[key].unit) {
    case 'usd':
      return formatUsd(value);
    case 'fraction':
      return formatFraction(value);
    case 'units':
      return `${formatUnits(value)} units`;
    default:
      return String(value);
  }
}

/** Any JSON value as short text: strings as written, everything else as JSON. */
export function shownValue(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
