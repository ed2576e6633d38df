import type { ResolvedStrategy } from '../../../../shared/resolve/resolve-strategies.ts';
import type { SizingLayer } from '../../../../shared/resolve/sizing-layer.ts';
import type { CanonicalKey } from '../../../../shared/sizing-keys.ts';
import { REQUIRED_BY_METHOD, spellingsOf } from '../../../../shared/sizing-keys.ts';
import { asRecord, describeValue, finite, has, own } from '../../../../shared/json-access.ts';
import type { DraftDiagnostic, JsonPath } from '../../../../shared/diagnostics/diagnostic.ts';

/** Path of the layer that supplied an effective key, spelled as the file spells it. */
function sourcePath(s: ResolvedStrategy, global: SizingLayer, key: CanonicalKey): JsonPath {
  const source = s.sizing.sources[key];
  if (source === 'strategy')
    return ['strategies', s.index, 'position_sizing', s.layer.spelled[key] ?? key];
  if (source === 'global') return ['position_sizing', global.spelled[key] ?? key];
  return strategyAnchor(s);
}

/** Where a finding about a whole strategy points: its position_sizing, else the strategy. */
export function strategyAnchor(s: ResolvedStrategy): JsonPath {
  return has(s.raw, 'position_sizing')
    ? ['strategies', s.index, 'position_sizing']
    : ['strategies', s.index];
}

/** SPEC §3 completeness: the method's required parameters exist after inheritance. */
export function missingParameters(s: ResolvedStrategy): DraftDiagnostic[] {
  const method = s.sizing.method;
  if (method === undefined) return [];
  return REQUIRED_BY_METHOD[method]
    .filter((key) => s.sizing.sources[key] === undefined)
    .map((key) => ({
      code: 'missing-parameter',
      message: `Strategy "${s.name}" uses ${method} but ${key} is set nowhere: add it to strategies[${s.index}].position_sizing or to the global position_sizing.`,
      path: strategyAnchor(s),
      setting: ['strategies', s.index, 'position_sizing', key],
    }));
}

/** SPEC §2: both spellings of one key in one block, with different values. */
export function aliasConflicts(
  layer: SizingLayer,
  blockPath: JsonPath,
  where: string,
): DraftDiagnostic[] {
  return layer.conflicts.map((key) => {
    const [canonical, alias] = spellingsOf(key);
    return {
      code: 'alias-conflict',
      message: `${where}: ${canonical} and ${alias} are two spellings of one setting with different values. Keep one.`,
      path: [...blockPath, alias ?? key],
      atKey: true,
    };
  });
}

/** Effective limits that contradict each other or leave a strategy uncapped. */
export function limitChecks(s: ResolvedStrategy, global: SizingLayer): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const max = finite(s.sizing.values.max_position_size_usd);
  const min = finite(s.sizing.values.min_position_size_usd);
  const fixed = finite(s.sizing.values.fixed_amount_usd);
  if (min !== undefined && max !== undefined && min > max) {
    out.push({
      code: 'min-above-max',
      message: `Strategy "${s.name}": min_position_size_usd (${min}) is above max_position_size_usd (${max}); every trade would be forced to the minimum.`,
      path: ownSideOfConflict(s, global),
    });
  }
  if (s.sizing.sources.max_position_size_usd === undefined) {
    out.push({
      code: 'no-max-limit',
      message: `Strategy "${s.name}" has no max_position_size_usd, on the strategy or globally: nothing caps its positions.`,
      path: strategyAnchor(s),
      setting: ['strategies', s.index, 'position_sizing', 'max_position_size_usd'],
    });
  }
  if (s.sizing.method === 'fixed_usd' && fixed !== undefined && max !== undefined && fixed > max) {
    out.push({
      code: 'always-capped',
      message: `Strategy "${s.name}": fixed_amount_usd (${fixed}) is above max_position_size_usd (${max}), so every position is capped at ${max}.`,
      path: sourcePath(s, global, 'fixed_amount_usd'),
    });
  }
  return out;
}

/**
 * Where a min/max conflict of one strategy points: at the limit the strategy sets itself, else
 * at the strategy. A global path would make the error every inheriting strategy's error.
 */
function ownSideOfConflict(s: ResolvedStrategy, global: SizingLayer): JsonPath {
  if (s.sizing.sources.min_position_size_usd === 'strategy')
    return sourcePath(s, global, 'min_position_size_usd');
  if (s.sizing.sources.max_position_size_usd === 'strategy')
    return sourcePath(s, global, 'max_position_size_usd');
  return strategyAnchor(s);
}

/** The engine reads risk only from position_sizing; a differing root value is misleading. */
export function unusedStrategyRisk(s: ResolvedStrategy): DraftDiagnostic[] {
  if (!has(s.raw, 'risk_per_trade_pct')) return [];
  const root = own(s.raw, 'risk_per_trade_pct');
  const effective = s.sizing.values.risk_per_trade_pct;
  if (Object.is(root, effective)) return [];
  const used =
    effective === undefined
      ? 'no risk_per_trade_pct'
      : `risk_per_trade_pct ${describeValue(effective)} (${s.sizing.sources.risk_per_trade_pct})`;
  return [
    {
      code: 'unused-strategy-risk',
      message: `Strategy "${s.name}": risk_per_trade_pct ${String(root)} on the strategy itself is ignored by the engine, which uses ${used} from position_sizing. Move it into position_sizing or remove it.`,
      path: ['strategies', s.index, 'risk_per_trade_pct'],
    },
  ];
}

/** SPEC §5 risk-band: an enabled risk_adjustment whose band is inverted or excludes the risk. */
export function riskBandChecks(s: ResolvedStrategy): DraftDiagnostic[] {
  const adjustment = asRecord(own(s.raw, 'risk_adjustment'));
  if (adjustment === undefined || own(adjustment, 'enabled') !== true) return [];
  const lo = finite(own(adjustment, 'min_risk_pct'));
  const hi = finite(own(adjustment, 'max_risk_pct'));
  const risk = finite(s.sizing.values.risk_per_trade_pct);
  const path = ['strategies', s.index, 'risk_adjustment'];
  if (lo !== undefined && hi !== undefined && lo > hi) {
    return [
      {
        code: 'risk-band',
        message: `Strategy "${s.name}": risk_adjustment min_risk_pct (${lo}) is above max_risk_pct (${hi}).`,
        path,
      },
    ];
  }
  if (risk !== undefined && ((lo !== undefined && risk < lo) || (hi !== undefined && risk > hi))) {
    return [
      {
        code: 'risk-band',
        message: `Strategy "${s.name}": risk_per_trade_pct ${risk} lies outside its risk_adjustment band [${lo ?? '–'}, ${hi ?? '–'}].`,
        path,
      },
    ];
  }
  return [];
}
