// Placeholder until shared/format/money.ts lands; same names and behaviour.
const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** `$1,234.56`. */
export function formatUsd(value: number): string {
  return usd.format(value);
}

/** Asset units with up to 8 decimals. */
export function formatUnits(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 8 });
}

/** A fraction as a percent: 0.02 → `2 %`. */
export function formatFraction(value: number): string {
  return `${Number((value * 100).toPrecision(10)).toLocaleString('en-US', { maximumFractionDigits: 6 })} %`;
}

/** `"2 %"` → 0.02; `"0.02"` → 0.02; undefined when it is not a number. */
export function parsePercentOrFraction(input: string): number | undefined {
  const trimmed = input.trim().replace(/,/g, '');
  const percent = /^(-?\d+(?:\.\d+)?|-?\.\d+)\s*%$/.exec(trimmed);
  if (percent?.[1] !== undefined) return Number((Number(percent[1]) / 100).toPrecision(12));
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}
