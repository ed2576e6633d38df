import type { SizingTarget } from '../../shared/edits/sizing-edits.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';

/** The DOM id of a sizing field of the global block or a strategy. */
export function sizingFieldId(target: SizingTarget, key: CanonicalKey): string {
  return target.kind === 'global'
    ? `field-global-${key}`
    : `field-strategy-${target.index}-sizing-${key}`;
}

/** The DOM id of a strategy's own field (name, market, stop_loss_pct…). */
export function strategyFieldId(index: number, field: string): string {
  return `field-strategy-${index}-${field.replace(/[^\w-]/g, '_')}`;
}
