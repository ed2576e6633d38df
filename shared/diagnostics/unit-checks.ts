import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import type { EffectiveSizing } from '../resolve/inheritance.ts';
import type { CanonicalKey } from '../sizing-keys.ts';
import { SIZING_KEYS, canonicalKeyOf } from '../sizing-keys.ts';
import { asRecord, finite, own } from '../json-access.ts';
import { tidy } from '../numbers.ts';
import type { DraftDiagnostic, JsonPath } from './diagnostic.ts';
import { blockPathOf, ownerLabel } from './sizing-checks.ts';

function fractionLooksLikePercent(
  value: number,
  key: string,
  path: JsonPath,
  where: string,
): DraftDiagnostic {
  return {
    code: 'suspicious-unit',
    message: `${where}: ${key} ${value} looks like a percent. It is a fraction: ${value} % is ${tidy(value / 100)}.`,
    path,
  };
}

/** SPEC §5 suspicious-unit in a position_sizing block of a strategy or (undefined) the global one. */
export function suspiciousSizingUnits(
  out: DraftDiagnostic[],
  block: unknown,
  owner: ResolvedStrategy | undefined,
): void {
  const record = asRecord(block);
  if (record === undefined) return;
  for (const spelled of Object.keys(record)) {
    const n = finite(record[spelled]);
    if (n === undefined || n <= 1) continue;
    const key = canonicalKeyOf(spelled);
    if (key !== undefined && SIZING_KEYS[key].unit === 'fraction') {
      const path = [...blockPathOf(owner), spelled];
      out.push(fractionLooksLikePercent(n, spelled, path, ownerLabel(owner)));
    }
  }
}

/**
 * True when {@link suspiciousSizingUnits} can find something in a strategy's own block that
 * resolved to `sizing` without an alias conflict. Such a block holds each sizing key once, or
 * twice with one value, and that value is the strategy's effective one, set on the strategy: a
 * fraction above 1 in the block is one in `sizing`. Depends on `sizing` alone, so it can be
 * worked out once for all the strategies that share it.
 *
 * The fraction keys of SIZING_KEYS read by name: in a file whose strategies share no sizing this
 * runs for each, and a read per key of a list was a slow generic lookup, a fifth of checkConfig.
 * (A fraction key added to that table must be added here: the test that sets each of them
 * fails until it is.)
 */
export function holdsFractionAboveOne(sizing: EffectiveSizing): boolean {
  const v = sizing.values;
  return (
    setAboveOne(sizing, 'percent_equity', v.percent_equity) ||
    setAboveOne(sizing, 'risk_per_trade_pct', v.risk_per_trade_pct) ||
    setAboveOne(sizing, 'default_stop_loss_pct', v.default_stop_loss_pct) ||
    setAboveOne(sizing, 'kelly_win_rate', v.kelly_win_rate) ||
    setAboveOne(sizing, 'kelly_max_position_pct', v.kelly_max_position_pct)
  );
}

/** True when `value`, the sizing's value of `key`, is a finite number above 1 set on the strategy. */
function setAboveOne(sizing: EffectiveSizing, key: CanonicalKey, value: unknown): boolean {
  return finite(value) !== undefined && (value as number) > 1 && sizing.sources[key] === 'strategy';
}

const RISK_BAND_KEYS = ['min_risk_pct', 'max_risk_pct'] as const;

/** SPEC §5 suspicious-unit on a strategy: a percent stop that looks like a fraction, fractions above 1. */
export function suspiciousStrategyUnits(out: DraftDiagnostic[], s: ResolvedStrategy): void {
  const raw = s.raw;
  if (raw === undefined) return;
  // Keys Object.prototype lacks: a JSON object's property read is its own property.
  // No finite() here: its number-or-undefined boxed every fractional stop read (0 < stop < 0.5
  // already excludes what is not a finite number).
  const stop = raw.stop_loss_pct;
  if (typeof stop === 'number' && stop > 0 && stop < 0.5) {
    out.push({
      code: 'suspicious-unit',
      message: `${ownerLabel(s)}: stop_loss_pct ${stop} is in percent, so this is a ${stop} % stop. For ${tidy(stop * 100)} %, write ${tidy(stop * 100)}.`,
      path: ['strategies', s.index, 'stop_loss_pct'],
    });
  }
  const adjustment = asRecord(raw.risk_adjustment);
  if (adjustment !== undefined) {
    for (const key of RISK_BAND_KEYS) {
      const value = finite(own(adjustment, key));
      if (value !== undefined && value > 1) {
        const path = ['strategies', s.index, 'risk_adjustment', key];
        out.push(fractionLooksLikePercent(value, key, path, ownerLabel(s)));
      }
    }
  }
  const rootRisk = finite(raw.risk_per_trade_pct);
  if (rootRisk !== undefined && rootRisk > 1) {
    const path = ['strategies', s.index, 'risk_per_trade_pct'];
    out.push(fractionLooksLikePercent(rootRisk, 'risk_per_trade_pct', path, ownerLabel(s)));
  }
}
