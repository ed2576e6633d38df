/** Drops binary floating-point noise for display in messages: 0.07 * 100 → 7, not 7.000000000000001. */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}
