import type { ResolvedStrategy } from '../../../../shared/resolve/resolve-strategies.ts';
import { asRecord, own } from '../../../../shared/json-access.ts';
import type { DraftDiagnostic } from '../../../../shared/diagnostics/diagnostic.ts';

/** SPEC §5 duplicate-strategy: every repeat of an earlier strategy's name. */
export function duplicateStrategies(strategies: readonly ResolvedStrategy[]): DraftDiagnostic[] {
  const seen = new Map<string, number>();
  const out: DraftDiagnostic[] = [];
  for (const s of strategies) {
    const name = own(s.raw, 'name');
    if (typeof name !== 'string' || name === '') continue;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, s.index);
    else {
      out.push({
        code: 'duplicate-strategy',
        message: `Strategy name "${name}" is already used by strategies[${first}]: names must be unique.`,
        path: ['strategies', s.index, 'name'],
      });
    }
  }
  return out;
}

/** SPEC §5 unknown-indicator: names absent from indicators[], checked only when that list exists. */
export function unknownIndicators(
  config: unknown,
  strategies: readonly ResolvedStrategy[],
): DraftDiagnostic[] {
  const list = own(asRecord(config), 'indicators');
  if (!Array.isArray(list)) return [];
  const known = new Set(
    list.map((i) => own(asRecord(i), 'name')).filter((n) => typeof n === 'string'),
  );
  const out: DraftDiagnostic[] = [];
  for (const s of strategies) {
    const used = own(s.raw, 'indicators');
    if (!Array.isArray(used)) continue;
    used.forEach((name, j) => {
      if (typeof name === 'string' && !known.has(name)) {
        out.push({
          code: 'unknown-indicator',
          message: `Strategy "${s.name}" uses indicator "${name}", which is not defined in indicators[].`,
          path: ['strategies', s.index, 'indicators', j],
        });
      }
    });
  }
  return out;
}

const SECRET_KEY = /(key|secret|passphrase|password|token)$/i;
const ENV_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

/** SPEC §5 literal-secret: exchange credentials written into the file instead of ${ENV_VAR}. */
export function literalSecrets(config: unknown): DraftDiagnostic[] {
  const exchanges = own(asRecord(config), 'exchanges');
  if (!Array.isArray(exchanges)) return [];
  const out: DraftDiagnostic[] = [];
  exchanges.forEach((entry, i) => {
    const exchange = asRecord(entry);
    if (exchange === undefined) return;
    for (const key of Object.keys(exchange)) {
      const value = exchange[key];
      if (
        !SECRET_KEY.test(key) ||
        typeof value !== 'string' ||
        value === '' ||
        ENV_REFERENCE.test(value)
      )
        continue;
      const name = own(exchange, 'name');
      out.push({
        code: 'literal-secret',
        message: `Exchange ${typeof name === 'string' ? `"${name}"` : `#${i + 1}`}: ${key} is written in the file. Use an environment variable such as \${${key.toUpperCase()}} so the secret never sits in config.json.`,
        path: ['exchanges', i, key],
      });
    }
  });
  return out;
}
