import { arithmetic } from './python-values.ts';

/** Python's reading of text: the timeframe pattern and `float()`, Unicode digits included. */

const TIMEFRAMES: Readonly<Record<string, readonly number[]>> = {
  m: [1, 5, 15, 30],
  h: [1, 4, 12],
  d: [1],
  w: [1],
};

/** The timeframes as written in almost every file: checked without a regular expression. */
export const TIMEFRAME_SET: ReadonlySet<string> = new Set(
  Object.entries(TIMEFRAMES).flatMap(([unit, numbers]) => numbers.map((n) => `${n}${unit}`)),
);

/** `StrategyConfig._is_valid_timeframe`: `^(\d+)([mhdw])$` on the lower-cased text, then a table. */
export function validTimeframe(value: string): boolean {
  // Python's `$` also matches before one final newline; `\d` is any Unicode decimal digit.
  const match = /^(\p{Nd}+)([mhdw])\n?$/u.exec(value.toLowerCase());
  if (match === null) return false;
  const digits = [...(match[1] ?? '')].map((c) => digitValue(c)).join('');
  return (TIMEFRAMES[match[2] ?? ''] ?? []).includes(Number(digits));
}

function digitValue(c: string): number {
  // Unicode's decimal digits come in runs of ten, 0 to 9: count back to the run's start.
  let code = c.codePointAt(0) ?? 0;
  let steps = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
    code--;
    steps++;
  }
  return steps % 10;
}

const DIGITS = String.raw`\p{Nd}(?:_?\p{Nd})*`;
/** The text Python's `float()` reads: digits with single underscores between them, or inf/nan. */
const FLOAT_TEXT = new RegExp(
  String.raw`^[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`,
  'iu',
);

/** True when Python's `float()` accepts the value (a number, a bool, or numeric text). */
export function floatConvertible(value: unknown): boolean {
  if (arithmetic(value) !== undefined) return true;
  if (typeof value !== 'string') return false;
  return FLOAT_TEXT.test(value.trim());
}

/** The number Python's `float()` reads from a value it accepts. */
export function floatValue(value: unknown): number {
  const n = arithmetic(value);
  if (n !== undefined) return n;
  const t = String(value)
    .trim()
    .replaceAll('_', '')
    .toLowerCase()
    .replace(/\p{Nd}/gu, (c) => String(digitValue(c)));
  if (/^[+-]?nan$/.test(t)) return Number.NaN;
  if (/^[+-]?inf(inity)?$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  return Number(t);
}
