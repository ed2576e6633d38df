/** The limits SPEC §4 applies, in the words a trader reads in a table. */
const LIMIT_LABELS: Readonly<Record<string, string>> = {
  max_position_size_usd: 'max size',
  min_position_size_usd: 'min size',
  max_leverage: 'leverage',
};

/** The limits a size hit, as one short text (`max size, leverage`); empty when none. */
export function limitsText(limits: readonly string[]): string {
  return limits.map((l) => LIMIT_LABELS[l] ?? l).join(', ');
}
