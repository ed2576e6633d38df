import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { SizingLayer } from '../resolve/sizing-layer.ts';
import type { CanonicalKey } from '../sizing-keys.ts';
import { REQUIRED_BY_METHOD, spellingsOf } from '../sizing-keys.ts';
import { asRecord, describeValue, finite, has, own } from '../json-access.ts';
import type { DraftDiagnostic, JsonPath } from './diagnostic.ts';

// Each check appends what it finds to `out` and builds a message or path only when it fires:
// run once per strategy on 100,000 strategies, a list or label per check would cost more than
// the checks.

/** Path of the layer that supplied an effective key, spelled as the file spells it. */
function sourcePath(s: ResolvedStrategy, global: SizingLayer, key: CanonicalKey): JsonPath {
  const source = s.sizing.sources[key];
  if (source === 'strategy')
    return ['strategies', s.index, 'position_sizing', s.layer.spelled[key] ?? key];
  if (source === 'global') return ['position_sizing', global.spelled[key] ?? key];
  return strategyAnchor(s);
}

/** How a message names a position_sizing block's owner: a strategy, or (undefined) the global one. */
export function ownerLabel(s: ResolvedStrategy | undefined): string {
  return s === undefined ? 'Global position_sizing' : `Strategy "${s.name}"`;
}

/** The path of a strategy's position_sizing block, or (undefined) of the global one. */
export function blockPathOf(s: ResolvedStrategy | undefined): JsonPath {
  return s === undefined ? ['position_sizing'] : ['strategies', s.index, 'position_sizing'];
}

/** Where a finding about a whole strategy points: its position_sizing, else the strategy. */
export function strategyAnchor(s: ResolvedStrategy): JsonPath {
  return has(s.raw, 'position_sizing')
    ? ['strategies', s.index, 'position_sizing']
    : ['strategies', s.index];
}

/** SPEC §3 completeness: the method's required parameters exist after inheritance. */
export function missingParameters(out: DraftDiagnostic[], s: ResolvedStrategy): void {
  const method = s.sizing.method;
  if (method === undefined) return;
  for (const key of REQUIRED_BY_METHOD[method]) {
    if (s.sizing.sources[key] !== undefined) continue;
    out.push({
      code: 'missing-parameter',
      message: `Strategy "${s.name}" uses ${method} but ${key} is set nowhere: add it to strategies[${s.index}].position_sizing or to the global position_sizing.`,
      path: strategyAnchor(s),
      setting: ['strategies', s.index, 'position_sizing', key],
    });
  }
}

/** SPEC §2: both spellings of one key in one block, with different values. */
export function aliasConflicts(
  out: DraftDiagnostic[],
  layer: SizingLayer,
  blockPath: JsonPath,
  where: string,
): void {
  for (const key of layer.conflicts) {
    const [canonical, alias] = spellingsOf(key);
    out.push({
      code: 'alias-conflict',
      message: `${where}: ${canonical} and ${alias} are two spellings of one setting with different values. Keep one.`,
      path: [...blockPath, alias ?? key],
      atKey: true,
    });
  }
}

/** Effective limits that contradict each other or leave a strategy uncapped. */
export function limitChecks(
  out: DraftDiagnostic[],
  s: ResolvedStrategy,
  global: SizingLayer,
): void {
  const values = s.sizing.values;
  const max = finite(values.max_position_size_usd);
  const min = finite(values.min_position_size_usd);
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
  if (s.sizing.method !== 'fixed_usd' || max === undefined) return;
  const fixed = finite(values.fixed_amount_usd);
  if (fixed !== undefined && fixed > max) {
    out.push({
      code: 'always-capped',
      message: `Strategy "${s.name}": fixed_amount_usd (${fixed}) is above max_position_size_usd (${max}), so every position is capped at ${max}.`,
      path: sourcePath(s, global, 'fixed_amount_usd'),
    });
  }
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
export function unusedStrategyRisk(out: DraftDiagnostic[], s: ResolvedStrategy): void {
  // A key Object.prototype lacks, and a JSON object's own key never holds undefined: undefined
  // only when the strategy lacks it, told without an ownership lookup.
  if (s.raw?.risk_per_trade_pct === undefined) return;
  const root = own(s.raw, 'risk_per_trade_pct');
  const effective = s.sizing.values.risk_per_trade_pct;
  if (Object.is(root, effective)) return;
  const used =
    effective === undefined
      ? 'no risk_per_trade_pct'
      : `risk_per_trade_pct ${describeValue(effective)} (${s.sizing.sources.risk_per_trade_pct})`;
  out.push({
    code: 'unused-strategy-risk',
    message: `Strategy "${s.name}": risk_per_trade_pct ${String(root)} on the strategy itself is ignored by the engine, which uses ${used} from position_sizing. Move it into position_sizing or remove it.`,
    path: ['strategies', s.index, 'risk_per_trade_pct'],
  });
}

/** SPEC §5 risk-band: an enabled risk_adjustment whose band is inverted or excludes the risk. */
export function riskBandChecks(out: DraftDiagnostic[], s: ResolvedStrategy): void {
  // A key Object.prototype lacks: the value read is the strategy's own.
  const adjustment = asRecord(s.raw?.risk_adjustment);
  if (adjustment === undefined || own(adjustment, 'enabled') !== true) return;
  const lo = finite(own(adjustment, 'min_risk_pct'));
  const hi = finite(own(adjustment, 'max_risk_pct'));
  const risk = finite(s.sizing.values.risk_per_trade_pct);
  const path = ['strategies', s.index, 'risk_adjustment'];
  if (lo !== undefined && hi !== undefined && lo > hi) {
    out.push({
      code: 'risk-band',
      message: `Strategy "${s.name}": risk_adjustment min_risk_pct (${lo}) is above max_risk_pct (${hi}).`,
      path,
    });
  } else if (
    risk !== undefined &&
    ((lo !== undefined && risk < lo) || (hi !== undefined && risk > hi))
  ) {
    out.push({
      code: 'risk-band',
      message: `Strategy "${s.name}": risk_per_trade_pct ${risk} lies outside its risk_adjustment band [${lo ?? '–'}, ${hi ?? '–'}].`,
      path,
    });
  }
}
