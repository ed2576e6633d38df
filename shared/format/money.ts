import { tidy } from '../numbers.ts';

const NOT_A_NUMBER = '—';

/**
 * A formatter made on first use: creating one starts ICU, about 11 ms of every command's
 * start-up, and `spark-config check` formats no number at all.
 */
function lazyFormat(options: Intl.NumberFormatOptions): (n: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (n) => (format ??= new Intl.NumberFormat('en-US', options)).format(n);
}

const usd = lazyFormat({
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  // -0 and values that round to zero show as $0.00, never -$0.00.
  signDisplay: 'negative',
});

const units = lazyFormat({
  minimumFractionDigits: 0,
  maximumFractionDigits: 8,
  signDisplay: 'negative',
});

const percent = lazyFormat({
  minimumFractionDigits: 0,
  maximumFractionDigits: 10,
  signDisplay: 'negative',
});

/** A USD amount with cents and thousands separators: `$1,234.56`; `—` for NaN or Infinity. */
export function formatUsd(n: number): string {
  return Number.isFinite(n) ? usd(n) : NOT_A_NUMBER;
}

/** An asset quantity to 8 decimals (one satoshi), trailing zeros trimmed: `1,234.5`. */
export function formatUnits(n: number): string {
  return Number.isFinite(n) ? units(n) : NOT_A_NUMBER;
}

/** A value already in percent, without float noise: 3 → `3 %`, 2.0000000000001 → `2 %`. */
export function formatPercent(n: number): string {
  return Number.isFinite(n) ? `${percent(tidy(n))} %` : NOT_A_NUMBER;
}

/** A fraction as a percent without float noise: 0.02 → `2 %`, 0.07 → `7 %`. */
export function formatFraction(n: number): string {
  return formatPercent(n * 100);
}

/** A figure that may be missing (no size without a price): `—`, else the figure in `format`. */
export function formatOptional(
  n: number | null | undefined,
  format: (n: number) => string = formatUsd,
): string {
  return n === null || n === undefined ? NOT_A_NUMBER : format(n);
}

const DECIMAL = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+))?$/;

/**
 * Reads what a trader types for a fraction: `2 %` or `2%` → 0.02, `0.02` → 0.02; undefined
 * when the text is not a finite number.
 */
export function parsePercentOrFraction(text: string): number | undefined {
  const trimmed = text.trim();
  const isPercent = trimmed.endsWith('%');
  const match = DECIMAL.exec(isPercent ? trimmed.slice(0, -1).trimEnd() : trimmed);
  if (match === null) return undefined;
  const exponent = Number(match[2] ?? '0') - (isPercent ? 2 : 0);
  // Shifting the exponent in the text rounds once: "0.07 %" is exactly 0.0007, not 0.07 / 100.
  const n = Number(`${match[1]}e${exponent}`);
  return Number.isFinite(n) ? n : undefined;
}

/** The traded asset of a market (`ETH-USD` → `ETH`); `units` when the market names none. */
function assetOf(market: string | null | undefined): string {
  const base = market?.split('-')[0]?.trim();
  return base === undefined || base === '' ? 'units' : base;
}

/** An asset quantity with its asset: `0.625 ETH`. */
export function formatUnitsOf(n: number, market: string | null | undefined): string {
  return `${formatUnits(n)} ${assetOf(market)}`;
}
