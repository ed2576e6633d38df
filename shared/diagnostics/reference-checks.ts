import type { ResolvedStrategy } from '../resolve/resolve-strategies.ts';
import { asRecord, own } from '../json-access.ts';
import type { DraftDiagnostic } from './diagnostic.ts';

/** A check run on each strategy in turn, appending what it finds. */
export type StrategyCheck = (out: DraftDiagnostic[], s: ResolvedStrategy) => void;

/**
 * SPEC §5 duplicate-strategy: every repeat of an earlier strategy's name. `firsts`:
 * firstIndicesOfNames of the strategies' entries (-1 where there is no non-empty text name).
 */
export function duplicateStrategies(firsts: Int32Array): StrategyCheck {
  return (out, s) => {
    const first = firsts[s.index] ?? -1;
    if (first !== -1 && first !== s.index) {
      const name = own(s.raw, 'name') as string;
      out.push({
        code: 'duplicate-strategy',
        message: `Strategy name "${name}" is already used by strategies[${first}]: names must be unique.`,
        path: ['strategies', s.index, 'name'],
      });
    }
  };
}

/**
 * SPEC §5 unknown-indicator: names absent from indicators[], checked only when that list
 * exists (undefined when it does not).
 */
export function unknownIndicators(config: unknown): StrategyCheck | undefined {
  const list = own(asRecord(config), 'indicators');
  if (!Array.isArray(list)) return undefined;
  const known = new Set<unknown>();
  for (const i of list) {
    const name = own(asRecord(i), 'name');
    if (typeof name === 'string') known.add(name);
  }
  // The last name found known: strategies mostly use the same few indicators, and a comparison
  // (of one interned string with another, as JSON.parse makes short ones) is cheaper than a lookup.
  let lastKnown: string | undefined;
  return (out, s) => {
    // A key Object.prototype lacks: the read is the strategy's own (no ownership lookup).
    const used = s.raw?.indicators;
    if (!Array.isArray(used)) return;
    for (let j = 0; j < used.length; j++) {
      const name: unknown = used[j];
      if (typeof name !== 'string' || name === lastKnown) continue;
      if (known.has(name)) {
        lastKnown = name;
        continue;
      }
      out.push({
        code: 'unknown-indicator',
        message: `Strategy "${s.name}" uses indicator "${name}", which is not defined in indicators[].`,
        path: ['strategies', s.index, 'indicators', j],
      });
    }
  };
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
