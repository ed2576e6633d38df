import { METHODS } from '../../shared/sizing-keys.ts';

const MARKETS = ['BTC-USD', 'ETH-USD', 'SOL-USD', 'AVAX-USD', 'DOGE-USD'];
const KELLY = { kelly_win_rate: 0.55, kelly_avg_win: 0.03, kelly_avg_loss: 0.02 };

/**
 * A realistic config with `count` strategies mixing every method and inheritance pattern, as a
 * careful trader keeps it: in the engine's spellings, every parameter the engine needs on the
 * strategy that needs it, so it starts and sizes what it says.
 */
export function generateConfig(count: number): Record<string, unknown> {
  const strategies = Array.from({ length: count }, (_, i) => {
    const method = METHODS[i % METHODS.length];
    const sizing: Record<string, unknown> = { method };
    if (i % 3 === 0) sizing.max_position_size_usd = 2000 + (i % 7) * 500;
    if (method === 'fixed_units') sizing.fixed_units = 0.01 * ((i % 5) + 1);
    if (method === 'percent_equity') sizing.equity_percentage = 0.05 + (i % 4) * 0.01;
    if (method === 'kelly_criterion') Object.assign(sizing, KELLY);
    return {
      name: `strategy_${i}`,
      market: MARKETS[i % MARKETS.length],
      exchange: 'hyperliquid',
      enabled: i % 10 !== 9,
      timeframe: '1h',
      indicators: ['rsi_1h'],
      stop_loss_pct: 2 + (i % 4),
      take_profit_pct: 6,
      ...(i % 4 === 3 ? {} : { position_sizing: sizing }),
    };
  });
  return {
    log_level: 'INFO',
    position_sizing: {
      method: 'fixed_usd',
      fixed_usd_amount: 1000,
      equity_percentage: 0.05,
      risk_per_trade_pct: 0.02,
      max_position_size_usd: 5000,
      min_position_size_usd: 50,
      max_leverage: 2,
      fixed_units: 0.1,
      kelly_win_rate: 0.55,
      kelly_avg_win: 0.03,
      kelly_avg_loss: 0.02,
    },
    exchanges: [
      { name: 'hyperliquid', exchange_type: 'hyperliquid', private_key: '${PRIVATE_KEY}' },
    ],
    indicators: [{ name: 'rsi_1h', type: 'rsi', timeframe: '1h' }],
    strategies,
  };
}

/**
 * The same config with no two strategies sized alike: each block's cap and each stop differ, as
 * in a file whose every strategy was tuned by hand. Nothing a strategy resolves to can be shared.
 */
export function generateVariedConfig(count: number): Record<string, unknown> {
  const config = generateConfig(count);
  (config.strategies as Record<string, unknown>[]).forEach((s, i) => {
    const sizing = s.position_sizing as Record<string, unknown> | undefined;
    if (sizing !== undefined) sizing.max_position_size_usd = 1000 + i;
    s.stop_loss_pct = 1 + (i % 97) / 10;
  });
  return config;
}

/** The config (or the varied one) as pretty-printed text of at least `bytes` bytes. */
export function generateText(
  bytes: number,
  make: (count: number) => Record<string, unknown> = generateConfig,
): { text: string; strategies: number } {
  let count = 1000;
  for (;;) {
    const text = JSON.stringify(make(count), null, 2);
    if (text.length >= bytes) return { text, strategies: count };
    count = Math.ceil((count * bytes) / text.length) + 10;
  }
}

/**
 * The config as JSONC of `count` strategies, each with a comment line above it and a trailing
 * comma after its last member: the shape that made export quadratic.
 */
export function generateJsonc(count: number): string {
  return JSON.stringify(generateConfig(count), null, 2)
    .replace(
      /\n {4}\{\n {6}"name": "(strategy_\d+)",/g,
      '\n    // about $1\n    {\n      "name": "$1",',
    )
    .replace(/([^\s,{[])\n {4}\}/g, '$1,\n    }');
}
