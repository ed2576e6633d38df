import type { OpenedDocument } from './ipc/contract.ts';

/**
 * The built-in example opened when no file is given: the position-sizing guide's
 * mixed-inheritance pattern, written for this app, with comments saying what each strategy uses.
 */
export const SAMPLE_CONFIG_NAME = 'example-config.jsonc';

export const SAMPLE_CONFIG_TEXT = `{
  // Written in the engine's spellings (fixed_usd_amount, equity_percentage): the only ones it reads.
  "exchanges": [
    {
      "name": "hyperliquid",
      "exchange_type": "hyperliquid",
      "enabled": true,
      "private_key": "\${WALLET_PRIVATE_KEY}"
    }
  ],
  "indicators": [
    { "name": "macd_4h", "type": "macd", "enabled": true, "timeframe": "4h" },
    { "name": "rsi_1h", "type": "rsi", "enabled": true, "timeframe": "1h" }
  ],
  // Global position sizing: every strategy inherits what it does not set itself.
  "position_sizing": {
    "method": "fixed_usd",
    "fixed_usd_amount": 1000,
    "risk_per_trade_pct": 0.02,
    "max_position_size_usd": 5000,
    "min_position_size_usd": 10,
    "max_leverage": 1
  },
  "strategies": [
    {
      "name": "btc_steady",
      "market": "BTC-USD",
      "exchange": "hyperliquid",
      "indicators": ["macd_4h"],
      "enabled": true,
      "timeframe": "4h",
      "stop_loss_pct": 3.0
      // No position_sizing: $1,000 fixed, capped at $5,000 (all from global).
    },
    {
      "name": "eth_risk",
      "market": "ETH-USD",
      "exchange": "hyperliquid",
      "indicators": ["rsi_1h"],
      "enabled": true,
      "timeframe": "1h",
      "stop_loss_pct": 4.0,
      "position_sizing": {
        "method": "risk_based"
        // Risks 2 % of equity per trade (inherited). The engine sizes risk_based with a 10 % stop.
      }
    },
    {
      "name": "sol_growth",
      "market": "SOL-USD",
      "exchange": "hyperliquid",
      "indicators": ["macd_4h"],
      "enabled": false,
      "timeframe": "1d",
      "position_sizing": {
        "method": "percent_equity",
        "equity_percentage": 0.2,
        "max_position_size_usd": 15000
      }
    }
  ]
}
`;

/** The built-in example, as an untitled document (what "New from example" opens in every host). */
export function sampleDocument(): OpenedDocument {
  return {
    path: null,
    name: SAMPLE_CONFIG_NAME,
    text: SAMPLE_CONFIG_TEXT,
    bom: false,
    stamp: null,
  };
}
