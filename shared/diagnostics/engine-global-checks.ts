import type { EngineModel } from '../engine/engine-model.ts';
import { ignoresStrategyBlocks } from '../engine/engine-sizer.ts';
import { truthy } from '../engine/python-values.ts';
import { formatUsd } from '../format/money.ts';
import type { JsonRecord } from '../json-access.ts';
import { asRecord, describeValue, own } from '../json-access.ts';
import type { DraftDiagnostic } from './diagnostic.ts';
import { ignoredKeys, methodKeyOf, unknownMethod } from './engine-checks.ts';

function startDraft(c: EngineModel['startCauses'][number]): DraftDiagnostic {
  return {
    code: 'engine-start',
    message: c.message,
    path: c.path,
    ...(c.atKey === true ? { atKey: true } : {}),
    ...(c.setting === undefined ? {} : { setting: c.setting }),
  };
}

/** How many strategies the engine sizes with the global block because it ignores their own. */
function blockIgnoredCount(model: EngineModel): number {
  let count = 0;
  for (const s of model.strategies)
    if (s.sizer.sizer === 'global' && s.sizer.because === 'block-ignored') count++;
  return count;
}

/**
 * SPEC §5's engine-* diagnostics that concern the whole file (start-up and the global block),
 * appended to `out`; `engineStrategyChecks` (engine-checks.ts) gives each strategy's.
 */
export function engineGlobalChecks(
  out: DraftDiagnostic[],
  root: JsonRecord,
  model: EngineModel,
): void {
  for (const c of model.startCauses) {
    if (c.shown !== false) out.push(startDraft(c));
  }
  const block = asRecord(own(root, 'position_sizing'));
  const config = model.global.config;
  const where = 'Global position_sizing';
  if (block !== undefined) {
    ignoredKeys(out, block, ['position_sizing'], where, config);
    unknownMethod(out, block, undefined);
    const key = methodKeyOf(block);
    // Counted only where it can be reported: otherwise a pass over every strategy for nothing.
    const ignored =
      ignoresStrategyBlocks(config) && key !== undefined ? blockIgnoredCount(model) : 0;
    if (ignored > 0 && key !== undefined) {
      out.push({
        code: 'engine-block-ignored',
        message: `With the global method ${config.method}, the engine fails to build a sizer for any strategy and ignores every strategy's own position_sizing: ${ignored} ${ignored === 1 ? 'strategy is' : 'strategies are'} sized by the global block instead. Use fixed_usd or risk_based globally.`,
        path: ['position_sizing', key],
      });
    }
  }
  const cap = own(root, 'max_position_size_usd');
  if (truthy(cap)) {
    out.push({
      code: 'engine-root-cap',
      message: `The root max_position_size_usd (${typeof cap === 'number' ? formatUsd(cap) : describeValue(cap)}) caps every trade the engine makes, above any strategy's own maximum.`,
      path: ['max_position_size_usd'],
      atKey: true,
    });
  }
}
