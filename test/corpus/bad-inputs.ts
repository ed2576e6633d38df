import type { DiagnosticCode } from '../../shared/diagnostics/diagnostic.ts';

/** A file a user could hand the app, the diagnostic it must get, and where that points. */
export interface BadInput {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly expectCode: DiagnosticCode;
  /** 1-based line and column of the expected diagnostic. */
  readonly line: number;
  readonly column: number;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | readonly number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

const BOM = [0xef, 0xbb, 0xbf] as const;
const DEPTH = 100_000;

/** The corpus: every way a config.json can be broken that the app must survive. */
export const BAD_INPUTS: readonly BadInput[] = [
  { name: 'empty file', bytes: utf8(''), expectCode: 'syntax', line: 1, column: 1 },
  { name: 'only whitespace', bytes: utf8(' \n\t\r\n  '), expectCode: 'syntax', line: 1, column: 1 },
  {
    name: 'BOM before a config with a percent-looking fraction',
    bytes: concat(BOM, utf8('{\n  "position_sizing": {\n    "risk_per_trade_pct": 2\n  }\n}\n')),
    expectCode: 'suspicious-unit',
    line: 3,
    column: 27,
  },
  {
    name: 'CRLF line endings with a value out of range',
    bytes: utf8('{\r\n  "position_sizing": {\r\n    "max_leverage": 0\r\n  }\r\n}\r\n'),
    expectCode: 'range',
    line: 3,
    column: 21,
  },
  {
    name: 'comments everywhere',
    bytes: utf8(
      '/* head */ { // open\n  "position_sizing" /* k */ : /* v */ {\n    // inside\n    "fixed_amount_usd": /* n */ 100 // after\n  } /* end */\n} // tail\n',
    ),
    expectCode: 'not-strict-json',
    line: 1,
    column: 1,
  },
  {
    name: 'trailing commas',
    bytes: utf8('{\n  "strategies": [\n    {"name": "a",},\n  ],\n}\n'),
    expectCode: 'not-strict-json',
    line: 3,
    column: 17,
  },
  {
    name: '100,000-deep nesting',
    bytes: utf8(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`),
    expectCode: 'syntax',
    line: 1,
    column: 257,
  },
  {
    name: 'a number too large: 1e400',
    bytes: utf8('{\n  "position_sizing": {\n    "max_position_size_usd": 1e400\n  }\n}\n'),
    expectCode: 'range',
    line: 3,
    column: 30,
  },
  {
    name: 'duplicate keys',
    bytes: utf8('{\n  "position_sizing": {"method": "fixed_usd", "method": "kelly"}\n}\n'),
    expectCode: 'duplicate-key',
    line: 2,
    column: 46,
  },
  {
    name: '__proto__ keys',
    bytes: utf8(
      '{\n  "__proto__": {"polluted": true},\n  "position_sizing": {"__proto__": {"max_position_size_usd": 1}, "fixed_amount_usd": 100, "max_position_size_usd": 50},\n  "strategies": [{"name": "__proto__", "__proto__": {"enabled": false}}]\n}\n',
    ),
    expectCode: 'always-capped',
    line: 3,
    column: 86,
  },
  {
    name: 'invalid UTF-8 mid-file',
    bytes: concat(utf8('{\n  "strategies": [\n    {"name": "caf'), [0xe9], utf8('"}\n  ]\n}\n')),
    expectCode: 'encoding',
    line: 3,
    column: 18,
  },
  {
    name: 'a list instead of an object',
    bytes: utf8('[\n  {"name": "a"}\n]\n'),
    expectCode: 'type',
    line: 1,
    column: 1,
  },
  {
    name: 'strategies as an object',
    bytes: utf8('{\n  "strategies": {"eth": {"name": "eth"}}\n}\n'),
    expectCode: 'type',
    line: 2,
    column: 3,
  },
  {
    name: 'numbers written as text',
    bytes: utf8(
      '{\n  "position_sizing": {"fixed_amount_usd": "1000", "max_position_size_usd": "5000"}\n}\n',
    ),
    expectCode: 'type',
    line: 2,
    column: 43,
  },
  {
    name: 'an unclosed string',
    bytes: utf8('{\n  "strategies": [{"name": "eth}]\n}\n'),
    expectCode: 'syntax',
    line: 2,
    column: 27,
  },
];

/**
 * A valid config of about `size` bytes (many strategies) whose last strategy has a
 * `max_leverage` of 0: a range error on the returned `line`, column 58.
 */
export function largeConfig(size: number): { bytes: Uint8Array; line: number; column: number } {
  // A config the engine starts with (ENGINE.md §1), so that its one error is the last line's.
  const head =
    '{\n  "position_sizing": {"method": "fixed_usd", "fixed_usd_amount": 100, "max_position_size_usd": 1000},\n' +
    '  "exchanges": [{"name": "hyperliquid", "exchange_type": "hyperliquid", "enabled": true}],\n' +
    '  "indicators": [{"name": "rsi_1h", "type": "rsi", "enabled": true}],\n  "strategies": [\n';
  const onExchange = '"market": "ETH-USD", "exchange": "hyperliquid", "indicators": ["rsi_1h"]';
  const entry = (i: number): string =>
    `    {"name": "s${i}", ${onExchange}, "stop_loss_pct": 3, "position_sizing": {"max_leverage": 2}},\n`;
  const count = Math.max(1, Math.floor(size / entry(0).length));
  const last = `    {"name": "last", ${onExchange}, "position_sizing": {"max_leverage": 0}}`;
  const lines: string[] = [head];
  for (let i = 0; i < count; i++) lines.push(entry(i));
  lines.push(`${last}\n  ]\n}\n`);
  // The head takes 5 lines; the bad value is the 0 on the last strategy's line.
  return { bytes: utf8(lines.join('')), line: count + 6, column: last.indexOf(': 0}') + 3 };
}
