/** A number read from what a trader typed, or why it could not be read. */
export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

/** Which signs an amount may have: a preview's equity and prices must be above 0. */
export type AmountRange = 'positive' | 'any';

const SUFFIX: Readonly<Record<string, number>> = { k: 3, m: 6, b: 9 };

// Sign, dollar sign, digits (plain, or grouped in threes by commas), decimals, exponent, suffix.
const AMOUNT =
  /^([+-]?)\s*(\$?)\s*(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?\s*([kKmMbB]?)$/;

const fail = (reason: string): ParsedNumber => ({ ok: false, reason });

/** Why `text` (already known not to match) is not an amount, in the trader's words. */
function whyNotAmount(text: string): string {
  if (/,/.test(text) && /^[-+$\d.,\s]+[kKmMbB]?$/.test(text))
    return 'Commas group thousands in threes, e.g. 25,000 (decimals take a point: 25.5).';
  if ((text.match(/\./g) ?? []).length > 1) return 'A number has at most one decimal point.';
  if (/\$.*\$/.test(text)) return 'Write the dollar sign once, before the number.';
  return 'Enter a number such as 25000, 25,000, $25,000, 25k or 1.5m.';
}

/**
 * Reads an amount as traders write it: `25000`, `25,000`, `$25,000`, `25k`, `1.5m`, `2b`,
 * `1e4`. The value is exact to the digits typed (`1.1k` is 1100, not 1100.0000000000002).
 */
export function parseAmount(typed: string, range: AmountRange = 'positive'): ParsedNumber {
  const text = typed.trim();
  if (text === '') return fail('Enter a number.');
  const match = AMOUNT.exec(text);
  if (match === null) return fail(whyNotAmount(text));
  const [, sign = '', , whole = '', fraction = '', exponent = '0', suffix = ''] = match;
  const digits = whole.replace(/,/g, '') + fraction;
  if (!/\d/.test(digits)) return fail('Enter a number before the unit, e.g. 25k or $100.');
  const shift = Number(exponent) + (SUFFIX[suffix.toLowerCase()] ?? 0);
  // Shifting the exponent in the text rounds once, so 1.5m is exactly 1,500,000.
  const value = Number(`${sign}${digits}e${shift}`);
  if (!Number.isFinite(value)) return fail('That number is too large.');
  if (range === 'positive' && !(value > 0)) return fail('Enter an amount above 0.');
  return { ok: true, value };
}

const FRACTION = /^(\d*(?:\.\d*)?)(?:[eE]([+-]?\d+))?\s*(%?)$/;

/** Reads a signal strength: a fraction from 0 to 1 (`0.5`) or a percent from 0 % to 100 % (`50%`). */
export function parseStrength(typed: string): ParsedNumber {
  const text = typed.trim();
  if (text === '') return fail('Enter a strength from 0 to 1, or 0 % to 100 %.');
  if (text.startsWith('-')) return fail('Strength is from 0 to 1 (or 0 % to 100 %), not negative.');
  const match = FRACTION.exec(text);
  if (match === null || !/\d/.test(match[1] ?? ''))
    return fail('Enter a strength such as 0.5 or 50 %.');
  const [, digits = '', exponent = '0', percent = ''] = match;
  const value = Number(`${digits}e${Number(exponent) - (percent === '%' ? 2 : 0)}`);
  if (!(value >= 0 && value <= 1))
    return fail(
      percent === '%'
        ? 'Strength is at most 100 %.'
        : 'Strength is from 0 to 1; for a percent add %.',
    );
  return { ok: true, value };
}
