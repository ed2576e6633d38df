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

/** The config as pretty-printed text of at least `bytes` bytes. */
export function generateText(bytes: number): { text: string; strategies: number } {
  let count = 1000;
  for (;;) {
    const text = JSON.stringify(generateConfig(count), null, 2);
    if (text.length >= bytes) return { text, strategies: count };
    count = Math.ceil((count * bytes) / text.length) + 10;
  }
}
