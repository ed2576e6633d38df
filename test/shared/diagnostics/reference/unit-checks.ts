import type { ResolvedStrategy } from '../../../../shared/resolve/resolve-strategies.ts';
import { SIZING_KEYS } from '../../../../shared/sizing-keys.ts';
import { canonicalKeyOf } from '../../../../shared/sizing-keys.ts';
import type { CanonicalKey } from '../../../../shared/sizing-keys.ts';
import { asRecord, finite, own } from '../../../../shared/json-access.ts';
import { tidy } from '../../../../shared/numbers.ts';
import type { DraftDiagnostic, JsonPath } from '../../../../shared/diagnostics/diagnostic.ts';

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

/** SPEC §5 suspicious-unit in a position_sizing block: a fraction above 1. */
export function suspiciousSizingUnits(
  block: unknown,
  blockPath: JsonPath,
  where: string,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const { spelled, key, value } of sizingEntries(block)) {
    const n = finite(value);
    if (n !== undefined && n > 1 && SIZING_KEYS[key].unit === 'fraction') {
      out.push(fractionLooksLikePercent(n, spelled, [...blockPath, spelled], where));
    }
  }
  return out;
}

/** SPEC §5 suspicious-unit on a strategy: a percent stop that looks like a fraction, fractions above 1. */
export function suspiciousStrategyUnits(s: ResolvedStrategy): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const where = `Strategy "${s.name}"`;
  const stop = finite(own(s.raw, 'stop_loss_pct'));
  if (stop !== undefined && stop > 0 && stop < 0.5) {
    out.push({
      code: 'suspicious-unit',
      message: `${where}: stop_loss_pct ${stop} is in percent, so this is a ${stop} % stop. For ${tidy(stop * 100)} %, write ${tidy(stop * 100)}.`,
      path: ['strategies', s.index, 'stop_loss_pct'],
    });
  }
  const adjustment = asRecord(own(s.raw, 'risk_adjustment'));
  for (const key of ['min_risk_pct', 'max_risk_pct']) {
    const value = finite(own(adjustment, key));
    if (value !== undefined && value > 1) {
      out.push(
        fractionLooksLikePercent(
          value,
          key,
          ['strategies', s.index, 'risk_adjustment', key],
          where,
        ),
      );
    }
  }
  const rootRisk = finite(own(s.raw, 'risk_per_trade_pct'));
  if (rootRisk !== undefined && rootRisk > 1) {
    out.push(
      fractionLooksLikePercent(
        rootRisk,
        'risk_per_trade_pct',
        ['strategies', s.index, 'risk_per_trade_pct'],
        where,
      ),
    );
  }
  return out;
}

/** One sizing key of a block as written: its spelling, canonical key and value. */
interface SizingEntry {
  readonly spelled: string;
  readonly key: CanonicalKey;
  readonly value: unknown;
}

/** The sizing keys a block holds, in file order (unknown keys skipped); none for a non-object. */
function sizingEntries(block: unknown): SizingEntry[] {
  const record = asRecord(block);
  if (record === undefined) return [];
  const out: SizingEntry[] = [];
  for (const spelled of Object.keys(record)) {
    const key = canonicalKeyOf(spelled);
    if (key !== undefined) out.push({ spelled, key, value: record[spelled] });
  }
  return out;
}
