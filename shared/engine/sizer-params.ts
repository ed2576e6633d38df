// A strategy sizer's twelve values: which of them a block key sets, and the object that holds
// them, built so that V8 keeps no box per number (what a file whose blocks all differ allocated).
import type { EngineParamKey } from './engine-keys.ts';
import { ENGINE_PARAM_KEYS } from './engine-keys.ts';

/**
 * The twelve values of a block's sizer: the `inherited` ones (in ENGINE_PARAM_KEYS' order, made
 * by {@link tagged}), each key the block sets (the bits of `mask`) over them, from `set` (by key
 * index: the values the caller read, not read again).
 */
export function paramsOver(
  inherited: readonly unknown[],
  mask: number,
  set: readonly unknown[],
): Record<EngineParamKey, unknown> {
  const values = PARAM_VALUES;
  for (let i = 0; i < ENGINE_PARAM_KEYS.length; i++)
    values[i] = (mask & (1 << i)) !== 0 ? set[i] : inherited[i];
  return new SizerParams(values);
}

/**
 * The same values in an array that V8 keeps as references: an array of numbers alone stores them
 * unboxed, and every read of a fraction from it would box it again (16 bytes a read).
 */
export function tagged(values: readonly unknown[]): unknown[] {
  const out: unknown[] = [undefined];
  out.length = 0;
  out.push(...values);
  return out;
}

/** paramsOver's values in ENGINE_PARAM_KEYS' order: one array, refilled for each sizer made. */
const PARAM_VALUES: unknown[] = ENGINE_PARAM_KEYS.map(() => undefined);

/**
 * A sizer's twelve values, in ENGINE_PARAM_KEYS' order. A class, not a spread of `inherited`:
 * the spread copied every number field's box (V8 keeps a field of numbers in a mutable box per
 * object), 270 bytes per sizer, most of what a file whose blocks all differ allocated here.
 * The fields are declared (each starts as undefined), not `declare`d: a field whose first value
 * is a fraction is kept boxed, one box per object, and making them cost twice the time.
 */
class SizerParams implements Record<EngineParamKey, unknown> {
  readonly fixed_usd_amount: unknown;
  readonly equity_percentage: unknown;
  readonly risk_per_trade_pct: unknown;
  readonly default_stop_loss_pct: unknown;
  readonly fixed_units: unknown;
  readonly kelly_win_rate: unknown;
  readonly kelly_avg_win: unknown;
  readonly kelly_avg_loss: unknown;
  readonly kelly_max_position_pct: unknown;
  readonly max_position_size_usd: unknown;
  readonly min_position_size_usd: unknown;
  readonly max_leverage: unknown;

  constructor(v: readonly unknown[]) {
    this.fixed_usd_amount = v[0];
    this.equity_percentage = v[1];
    this.risk_per_trade_pct = v[2];
    this.default_stop_loss_pct = v[3];
    this.fixed_units = v[4];
    this.kelly_win_rate = v[5];
    this.kelly_avg_win = v[6];
    this.kelly_avg_loss = v[7];
    this.kelly_max_position_pct = v[8];
    this.max_position_size_usd = v[9];
    this.min_position_size_usd = v[10];
    this.max_leverage = v[11];
  }
}

/**
 * The index of a key in ENGINE_PARAM_KEYS. A switch, not a Map: the keys of a parsed object are
 * texts V8 interned, so each case is a comparison of references, cheaper than hashing the key.
 */
export function paramIndex(key: string): number | undefined {
  switch (key) {
    case 'fixed_usd_amount':
      return 0;
    case 'equity_percentage':
      return 1;
    case 'risk_per_trade_pct':
      return 2;
    case 'default_stop_loss_pct':
      return 3;
    case 'fixed_units':
      return 4;
    case 'kelly_win_rate':
      return 5;
    case 'kelly_avg_win':
      return 6;
    case 'kelly_avg_loss':
      return 7;
    case 'kelly_max_position_pct':
      return 8;
    case 'max_position_size_usd':
      return 9;
    case 'min_position_size_usd':
      return 10;
    case 'max_leverage':
      return 11;
    default:
      return undefined;
  }
}
