import type { PreviewInputs } from '../sizing/preview.ts';
import { checkPreviewInputs } from '../sizing/preview.ts';
import { parseAmount, parseStrength } from '../format/parse-amount.ts';

type Read<T> = { ok: true; inputs: T } | { ok: false; message: string };

interface Prices {
  readonly defaultPrice: number | undefined;
  readonly prices: Record<string, number>;
}

/** `--price P` sets the default price, `--price MARKET=P` one market's; each at most once. */
function readPrices(given: readonly string[]): Read<Prices> {
  let defaultPrice: number | undefined;
  // A Map, so a market named "__proto__" is just a name.
  const prices = new Map<string, number>();
  for (const arg of given) {
    const eq = arg.lastIndexOf('=');
    const market = eq === -1 ? undefined : arg.slice(0, eq).trim();
    const price = parseAmount(eq === -1 ? arg : arg.slice(eq + 1));
    if (market === '') return { ok: false, message: `--price ${arg}: the market name is empty.` };
    if (!price.ok) return { ok: false, message: `--price ${arg}: ${price.reason}` };
    const taken = market === undefined ? defaultPrice !== undefined : prices.has(market);
    if (taken) {
      const which = market === undefined ? 'the default price' : `the price of ${market}`;
      return { ok: false, message: `--price: ${which} is given more than once.` };
    }
    if (market === undefined) defaultPrice = price.value;
    else prices.set(market, price.value);
  }
  return { ok: true, inputs: { defaultPrice, prices: Object.fromEntries(prices) } };
}

/** Turns preview's options into SPEC §4 inputs, or says which option is wrong. */
export function previewInputs(values: ReadonlyMap<string, readonly string[]>): Read<PreviewInputs> {
  const equityText = values.get('equity')?.[0];
  if (equityText === undefined) return { ok: false, message: 'preview needs --equity E (USD).' };
  const equity = parseAmount(equityText);
  if (!equity.ok) return { ok: false, message: `--equity ${equityText}: ${equity.reason}` };
  const priceArgs = values.get('price') ?? [];
  if (priceArgs.length === 0) {
    return { ok: false, message: 'preview needs a price: --price P or --price MARKET=P.' };
  }
  const prices = readPrices(priceArgs);
  if (!prices.ok) return prices;
  const strengthText = values.get('strength')?.[0];
  const strength = strengthText === undefined ? undefined : parseStrength(strengthText);
  if (strength?.ok === false) {
    return { ok: false, message: `--strength ${strengthText}: ${strength.reason}` };
  }
  const inputs: PreviewInputs = {
    equity: equity.value,
    defaultPrice: prices.inputs.defaultPrice,
    prices: prices.inputs.prices,
    strength: strength?.value,
  };
  const problem = checkPreviewInputs(inputs);
  return problem === undefined ? { ok: true, inputs } : { ok: false, message: problem };
}
