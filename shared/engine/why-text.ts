import type { NotTraded } from './engine-preview.ts';
import type { WhyCode } from './engine-why.ts';

/** Each SPEC §7 `why` code as the trader reads it, completing "the engine …". */
const WHY_TEXT: Readonly<Record<WhyCode, string>> = {
  'ignored-key':
    'never reads fixed_amount_usd or percent_equity (it reads fixed_usd_amount and equity_percentage)',
  'unknown-method': 'does not know this method and sizes it as fixed_usd',
  'not-inherited':
    'does not pass this parameter down from the global block, so it uses its default',
  'block-ignored': 'ignores the strategy’s own position_sizing under this global method',
  'fixed-stop': 'sizes risk_based with a 10 % stop, whatever stop_loss_pct says',
  // Written out, not formatted at load: a formatter starts ICU, which most commands never need.
  'default-limit': 'applies its default limits (max $10,000.00, min $10.00, leverage 25×)',
  'limit-order': 'tests each limit on the base size instead of one after the other',
  'root-cap': 'caps every trade at the root max_position_size_usd',
  'root-default':
    'takes a value from the file’s root keys (max_position_size_usd, max_leverage, max_account_risk_pct)',
  'exception-fallback':
    'hits a value it cannot compute with and falls back to 5 % of equity (or, where the error escapes its guard, places nothing)',
  'guide-error': 'sizes it although the guide gives no size (the config has an error)',
};

/** Why the engine places no trade, completing "the engine does not trade it: …". */
export const NOT_TRADED_TEXT: Readonly<Record<NotTraded, string>> = {
  'engine-start': 'the engine refuses to start with this file',
  disabled: 'the strategy is disabled',
  'zero-size': 'its size is zero',
  'over-balance': 'the size is above the equity, so the engine drops the trade',
};

/** "it sizes risk_based with a 10 % stop; caps every trade …": the reasons joined. */
export function whySentence(why: readonly WhyCode[]): string {
  return why.map((c) => WHY_TEXT[c]).join('; ');
}

/** Each `why` code in two or three words, for a table cell (the sentence goes in its tooltip). */
export const WHY_SHORT: Readonly<Record<WhyCode, string>> = {
  'ignored-key': 'guide spelling',
  'unknown-method': 'unknown method',
  'not-inherited': 'not inherited',
  'block-ignored': 'own block ignored',
  'fixed-stop': '10 % stop',
  'default-limit': 'default limits',
  'limit-order': 'limit order',
  'root-cap': 'root cap',
  'root-default': 'root value',
  'exception-fallback': 'engine error',
  'guide-error': 'guide error',
};

/** Why the engine places no trade, in two or three words for a table cell. */
export const NOT_TRADED_SHORT: Readonly<Record<NotTraded, string>> = {
  'engine-start': 'engine won’t start',
  disabled: 'disabled',
  'zero-size': 'zero size',
  'over-balance': 'above equity: dropped',
};
