import { z } from 'zod';
import type { SizingKeyInfo } from '../sizing-keys.ts';
import { CANONICAL_KEYS, METHOD_ALIASES, METHODS, SIZING_KEYS } from '../sizing-keys.ts';

const UNIT_TEXT: Readonly<Record<SizingKeyInfo['unit'], string>> = {
  method: 'method name',
  usd: 'USD',
  fraction: 'fraction (0.02 = 2 %)',
  units: 'asset units',
  ratio: 'number',
};

/** A number schema with SPEC §2's bounds for one sizing key. */
function boundedNumber(info: SizingKeyInfo): z.ZodNumber {
  let schema = z.number();
  if (info.min !== undefined)
    schema = info.minInclusive ? schema.gte(info.min) : schema.gt(info.min);
  if (info.max !== undefined)
    schema = info.maxInclusive ? schema.lte(info.max) : schema.lt(info.max);
  return schema;
}

const methodName = z.enum([...METHODS, ...Object.keys(METHOD_ALIASES)]);

function sizingField(info: SizingKeyInfo, spelledAs: string): z.ZodType {
  const base = info.unit === 'method' ? methodName : boundedNumber(info);
  const alias = spelledAs === info.key ? '' : ` Engine spelling of ${info.key}.`;
  return base
    .optional()
    .meta({ description: `${info.description}${alias}`, unit: UNIT_TEXT[info.unit] });
}

const sizingShape: Record<string, z.ZodType> = {};
for (const key of CANONICAL_KEYS) {
  const info = SIZING_KEYS[key];
  sizingShape[key] = sizingField(info, key);
  if (info.alias !== undefined) sizingShape[info.alias] = sizingField(info, info.alias);
}

/** A position_sizing block, global or per strategy; unknown keys are kept. */
export const PositionSizingSchema = z.looseObject(sizingShape).meta({
  description:
    'Position sizing. Per strategy, every key not set here is inherited from the global position_sizing.',
});

const fractionField = z.number().gt(0).lte(1);

/** Optional dynamic risk band of a risk_based strategy. */
export const RiskAdjustmentSchema = z.looseObject({
  enabled: z.boolean().optional().meta({ description: 'Scale risk with recent performance.' }),
  performance_window: z
    .number()
    .int()
    .gt(0)
    .optional()
    .meta({ description: 'Trades looked back on.' }),
  min_risk_pct: fractionField
    .optional()
    .meta({ description: 'Lowest risk per trade, as a fraction (0.01 = 1 %).', unit: 'fraction' }),
  max_risk_pct: fractionField
    .optional()
    .meta({ description: 'Highest risk per trade, as a fraction (0.03 = 3 %).', unit: 'fraction' }),
});

/** One strategy; only the sizing-related fields are interpreted, every other key is kept. */
export const StrategySchema = z.looseObject({
  name: z.string().min(1).meta({ description: 'Unique strategy name.' }),
  market: z.string().optional().meta({ description: 'Market traded, e.g. ETH-USD.' }),
  exchange: z.string().optional().meta({ description: 'Name of an entry in exchanges[].' }),
  enabled: z
    .boolean()
    .optional()
    .meta({ description: 'Whether the strategy trades. Default true.' }),
  timeframe: z.string().optional().meta({ description: 'Candle timeframe, e.g. 1h or 4h.' }),
  indicators: z
    .array(z.string())
    .optional()
    .meta({ description: 'Names of entries in indicators[].' }),
  stop_loss_pct: z
    .number()
    .gt(0)
    .lt(100)
    .optional()
    .meta({ description: 'Stop distance in PERCENT (3.0 = 3 %).', unit: 'percent' }),
  take_profit_pct: z
    .number()
    .gt(0)
    .optional()
    .meta({ description: 'Take-profit distance in PERCENT (10.0 = 10 %).', unit: 'percent' }),
  main_leverage: z
    .number()
    .gt(0)
    .optional()
    .meta({ description: 'Leverage on the main exchange.' }),
  hedge_leverage: z
    .number()
    .gt(0)
    .optional()
    .meta({ description: 'Leverage on the hedge exchange.' }),
  hedge_ratio: z
    .number()
    .gte(0)
    .lte(1)
    .optional()
    .meta({ description: 'Share of the position hedged, as a fraction.' }),
  position_sizing: PositionSizingSchema.optional(),
  risk_adjustment: RiskAdjustmentSchema.optional(),
});

/** An indicator definition; strategies refer to it by name. */
export const IndicatorSchema = z.looseObject({
  name: z.string().min(1).meta({ description: 'Unique indicator name.' }),
  type: z.string().optional(),
  enabled: z.boolean().optional(),
  timeframe: z.string().optional(),
});

/** An exchange connection; secrets belong in ${ENV_VAR} references, never literals. */
export const ExchangeSchema = z.looseObject({
  name: z.string().min(1),
  exchange_type: z.string().optional(),
  enabled: z.boolean().optional(),
});

/** The whole config.json; every key the app does not interpret is preserved. */
export const ConfigSchema = z.looseObject({
  position_sizing: PositionSizingSchema.optional(),
  strategies: z
    .array(StrategySchema)
    .optional()
    .meta({ description: 'Trading strategies, sized in order.' }),
  indicators: z.array(IndicatorSchema).optional(),
  exchanges: z.array(ExchangeSchema).optional(),
});

/** JSON Schema (draft-07) for the JSON view's completion and hover help. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigSchema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
  });
}
