// The checks as they were before the single pass (one list per check per strategy), kept
// unchanged as the reference the optimised checks are compared with.
import type { EngineModel } from '../../../../shared/engine/engine-model.ts';
import type { ResolvedStrategy } from '../../../../shared/resolve/resolve-strategies.ts';
import { globalLayer } from '../../../../shared/resolve/resolve-strategies.ts';
import { asRecord, own } from '../../../../shared/json-access.ts';
import type { DraftDiagnostic } from '../../../../shared/diagnostics/diagnostic.ts';
import { engineChecks } from './engine-checks.ts';
import { duplicateStrategies, literalSecrets, unknownIndicators } from './reference-checks.ts';
import { schemaDiagnostics } from '../../../../shared/diagnostics/schema-issues.ts';
import {
  aliasConflicts,
  limitChecks,
  missingParameters,
  riskBandChecks,
  unusedStrategyRisk,
} from './sizing-checks.ts';
import { suspiciousSizingUnits, suspiciousStrategyUnits } from './unit-checks.ts';

/** Every SPEC §5 check that looks at the parsed value (not at the text). */
export function checkConfig(
  config: unknown,
  strategies: readonly ResolvedStrategy[],
  engine?: EngineModel,
): DraftDiagnostic[] {
  const out = schemaDiagnostics(config);
  if (asRecord(config) === undefined) return out;
  const global = globalLayer(config);
  const globalBlock = own(asRecord(config), 'position_sizing');
  const where = 'Global position_sizing';
  out.push(
    ...aliasConflicts(global, ['position_sizing'], where),
    ...suspiciousSizingUnits(globalBlock, ['position_sizing'], where),
  );
  for (const s of strategies) {
    if (s.raw === undefined) continue; // not an object: the schema already says so
    const block = own(s.raw, 'position_sizing');
    const blockPath = ['strategies', s.index, 'position_sizing'];
    const label = `Strategy "${s.name}"`;
    // Appended one list at a time: spreading eight lists per strategy costs more than the checks.
    append(out, missingParameters(s));
    append(out, aliasConflicts(s.layer, blockPath, label));
    append(out, limitChecks(s, global));
    append(out, unusedStrategyRisk(s));
    append(out, riskBandChecks(s));
    append(out, suspiciousSizingUnits(block, blockPath, label));
    append(out, suspiciousStrategyUnits(s));
  }
  out.push(
    ...duplicateStrategies(strategies),
    ...unknownIndicators(config, strategies),
    ...literalSecrets(config),
  );
  if (engine !== undefined) append(out, engineChecks(config, strategies, engine));
  return out;
}

function append(out: DraftDiagnostic[], found: readonly DraftDiagnostic[]): void {
  for (const d of found) out.push(d);
}
