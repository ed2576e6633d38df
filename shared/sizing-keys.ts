/** Sizing methods: the guide's three plus the engine's two (SPEC §2). */
export const METHODS = [
  'fixed_usd',
  'risk_based',
  'percent_equity',
  'fixed_units',
  'kelly_criterion',
] as const;
export type Method = (typeof METHODS)[number];

/** Engine spellings of method values, resolved to the canonical method. */
export const METHOD_ALIASES: Readonly<Record<string, Method>> = {
  equity_percentage: 'percent_equity',
  kelly: 'kelly_criterion',
};

/** How a sizing value is read and shown. */
export type SizingUnit = 'method' | 'usd' | 'fraction' | 'units' | 'ratio';

/** Everything the app knows about one canonical sizing key. */
export interface SizingKeyInfo {
  readonly key: CanonicalKey;
  readonly alias?: string;
  readonly unit: SizingUnit;
  /** Inclusive or exclusive bounds; `undefined` means unbounded on that side. */
  readonly min?: number;
  readonly minInclusive?: boolean;
  readonly max?: number;
  readonly maxInclusive?: boolean;
  readonly label: string;
  readonly description: string;
}

export const CANONICAL_KEYS = [
  'method',
  'fixed_amount_usd',
  'percent_equity',
  'risk_per_trade_pct',
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
  'default_stop_loss_pct',
  'fixed_units',
  'kelly_win_rate',
  'kelly_avg_win',
  'kelly_avg_loss',
  'kelly_max_position_pct',
] as const;
export type CanonicalKey = (typeof CANONICAL_KEYS)[number];

const positive = { min: 0, minInclusive: false } as const;
const fraction = {
  unit: 'fraction',
  min: 0,
  minInclusive: false,
  max: 1,
  maxInclusive: true,
} as const;

/** SPEC §2's table: units, ranges, aliases and the help text shown in the form and JSON view. */
export const SIZING_KEYS: Readonly<Record<CanonicalKey, SizingKeyInfo>> = {
  method: {
    key: 'method',
    alias: 'position_sizing_method',
    unit: 'method',
    label: 'Method',
    description:
      'How the position size is computed: fixed_usd, risk_based, percent_equity, fixed_units or kelly_criterion. Default fixed_usd.',
  },
  fixed_amount_usd: {
    key: 'fixed_amount_usd',
    alias: 'fixed_usd_amount',
    unit: 'usd',
    ...positive,
    label: 'Fixed amount (USD)',
    description: 'fixed_usd: the notional of every position, in USD (> 0).',
  },
  percent_equity: {
    key: 'percent_equity',
    alias: 'equity_percentage',
    ...fraction,
    label: 'Percent of equity',
    description:
      'percent_equity: share of account equity per position, as a fraction (0.15 = 15 %, 0 < x ≤ 1).',
  },
  risk_per_trade_pct: {
    key: 'risk_per_trade_pct',
    ...fraction,
    label: 'Risk per trade',
    description:
      'risk_based: share of equity lost if the stop is hit, as a fraction (0.02 = 2 %, 0 < x ≤ 1).',
  },
  max_position_size_usd: {
    key: 'max_position_size_usd',
    unit: 'usd',
    ...positive,
    label: 'Max position (USD)',
    description: 'Cap on any position, in USD (> 0). Applied first.',
  },
  min_position_size_usd: {
    key: 'min_position_size_usd',
    unit: 'usd',
    min: 0,
    minInclusive: true,
    label: 'Min position (USD)',
    description: 'Floor on any non-zero position, in USD (≥ 0). Applied after the max.',
  },
  max_leverage: {
    key: 'max_leverage',
    unit: 'ratio',
    ...positive,
    label: 'Max leverage',
    description:
      'Cap on position notional as a multiple of equity (> 0; 1 = no leverage). Applied last.',
  },
  default_stop_loss_pct: {
    key: 'default_stop_loss_pct',
    unit: 'fraction',
    min: 0,
    minInclusive: false,
    max: 1,
    maxInclusive: false,
    label: 'Default stop loss',
    description:
      'Stop distance as a fraction (0.05 = 5 %, 0 < x < 1), used when the strategy has no stop_loss_pct. Default 0.05.',
  },
  fixed_units: {
    key: 'fixed_units',
    unit: 'units',
    ...positive,
    label: 'Fixed units',
    description: 'fixed_units: the size of every position, in units of the traded asset (> 0).',
  },
  kelly_win_rate: {
    key: 'kelly_win_rate',
    unit: 'fraction',
    min: 0,
    minInclusive: false,
    max: 1,
    maxInclusive: false,
    label: 'Kelly win rate',
    description: 'kelly_criterion: share of winning trades, as a fraction (0.6 = 60 %, 0 < x < 1).',
  },
  kelly_avg_win: {
    key: 'kelly_avg_win',
    unit: 'ratio',
    ...positive,
    label: 'Kelly average win',
    description:
      'kelly_criterion: average winning trade (> 0); only its ratio to the average loss matters.',
  },
  kelly_avg_loss: {
    key: 'kelly_avg_loss',
    unit: 'ratio',
    ...positive,
    label: 'Kelly average loss',
    description: 'kelly_criterion: average losing trade, as a positive number (> 0).',
  },
  kelly_max_position_pct: {
    key: 'kelly_max_position_pct',
    ...fraction,
    label: 'Kelly max position',
    description:
      'kelly_criterion: cap on the Kelly fraction of equity (0.25 = 25 %, 0 < x ≤ 1). Default 0.25.',
  },
};

/** Built-in defaults, the third inheritance layer (SPEC §3). */
export const DEFAULTS: Readonly<Partial<Record<CanonicalKey, string | number>>> = {
  method: 'fixed_usd',
  kelly_max_position_pct: 0.25,
};

/** Parameters each method needs after inheritance (SPEC §3 completeness). */
export const REQUIRED_BY_METHOD: Readonly<Record<Method, readonly CanonicalKey[]>> = {
  fixed_usd: ['fixed_amount_usd'],
  risk_based: ['risk_per_trade_pct'],
  percent_equity: ['percent_equity'],
  fixed_units: ['fixed_units'],
  kelly_criterion: ['kelly_win_rate', 'kelly_avg_win', 'kelly_avg_loss'],
};

/** Parameters each method reads (required plus optional), for dimming the others in the UI. */
export const USED_BY_METHOD: Readonly<Record<Method, readonly CanonicalKey[]>> = {
  fixed_usd: ['fixed_amount_usd'],
  risk_based: ['risk_per_trade_pct', 'default_stop_loss_pct'],
  percent_equity: ['percent_equity'],
  fixed_units: ['fixed_units'],
  kelly_criterion: ['kelly_win_rate', 'kelly_avg_win', 'kelly_avg_loss', 'kelly_max_position_pct'],
};

/** Limits applied to every method, in SPEC §4's order. */
export const LIMIT_KEYS = [
  'max_position_size_usd',
  'min_position_size_usd',
  'max_leverage',
] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

const ALIAS_TO_CANONICAL: ReadonlyMap<string, CanonicalKey> = new Map(
  CANONICAL_KEYS.flatMap((key) => {
    const alias = SIZING_KEYS[key].alias;
    return alias === undefined ? [] : [[alias, key] as const];
  }),
);
const CANONICAL_SET: ReadonlySet<string> = new Set(CANONICAL_KEYS);

/** The canonical key for a key as spelled in a file, or undefined if it is not a sizing key. */
export function canonicalKeyOf(spelled: string): CanonicalKey | undefined {
  if (CANONICAL_SET.has(spelled)) return spelled as CanonicalKey;
  return ALIAS_TO_CANONICAL.get(spelled);
}

/** The canonical method for a method value as spelled in a file, or undefined if unknown. */
export function canonicalMethodOf(spelled: unknown): Method | undefined {
  if (typeof spelled !== 'string') return undefined;
  if ((METHODS as readonly string[]).includes(spelled)) return spelled as Method;
  return Object.hasOwn(METHOD_ALIASES, spelled) ? METHOD_ALIASES[spelled] : undefined;
}

/** Both spellings of a canonical key, canonical first. */
export function spellingsOf(key: CanonicalKey): readonly string[] {
  const alias = SIZING_KEYS[key].alias;
  return alias === undefined ? [key] : [key, alias];
}
