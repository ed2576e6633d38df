import { formatUsd } from '../format/money.ts';
import type { EngineSizerConfig } from './engine-sizer.ts';
import type { EngineLimit, EngineTrace } from './engine-size.ts';
import { arithmetic } from './python-values.ts';

/**
 * The limits that set the engine's size, in words: "capped at max $5,000.00", "raised to min
 * $10.00", "capped at 2× equity ($20,000.00)", "capped at root max $3,000.00". The last test the
 * engine ran wins, so only limits that set the final figure are named.
 */
export function engineLimitsText(
  trace: EngineTrace,
  config: EngineSizerConfig,
  rootCap: unknown,
  equity: number,
): string {
  const words: Record<EngineLimit, () => string> = {
    max_position_size_usd: () =>
      `capped at max ${formatUsd(arithmetic(config.params.max_position_size_usd) ?? Number.NaN)}`,
    min_position_size_usd: () =>
      `raised to min ${formatUsd(arithmetic(config.params.min_position_size_usd) ?? Number.NaN)}`,
    max_leverage: () => {
      const lev = arithmetic(config.params.max_leverage) ?? Number.NaN;
      return `capped at ${lev}× equity (${formatUsd(equity * lev)})`;
    },
    root_cap: () => `capped at root max ${formatUsd(arithmetic(rootCap) ?? Number.NaN)}`,
  };
  if (trace.outcome === 'fallback') return 'fallback: 5 % of equity';
  // Each of _apply_limits' tests overwrites the last; the root cap comes after them all.
  const last = trace.limits.filter((l) => l !== 'root_cap').at(-1);
  const shown = [
    ...(last === undefined ? [] : [last]),
    ...trace.limits.filter((l) => l === 'root_cap'),
  ];
  return shown.map((l) => words[l]()).join(', then ');
}
