import type { JsonPath } from '../../shared/diagnostics/diagnostic.ts';
import type { SizingTarget } from '../../shared/edits/sizing-edits.ts';
import type { CanonicalKey } from '../../shared/sizing-keys.ts';
import { canonicalKeyOf } from '../../shared/sizing-keys.ts';
import type { Selection } from '../state/ui-store.ts';

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

/** Where a diagnostic's path lives in the form: the section to select and the field to focus. */
export function formPlaceOf(path: JsonPath): { selection: Selection; id: string | null } {
  const [head, second, third, fourth] = path;
  if (head === 'position_sizing') {
    const key = typeof second === 'string' ? canonicalKeyOf(second) : undefined;
    return {
      selection: { kind: 'global' },
      id: key === undefined ? null : sizingFieldId({ kind: 'global' }, key),
    };
  }
  if (head === 'strategies' && typeof second === 'number') {
    const selection = { kind: 'strategy', index: second } as const;
    if (third === 'position_sizing') {
      const key = typeof fourth === 'string' ? canonicalKeyOf(fourth) : undefined;
      return {
        selection,
        id: key === undefined ? null : sizingFieldId({ kind: 'strategy', index: second }, key),
      };
    }
    return { selection, id: typeof third === 'string' ? strategyFieldId(second, third) : null };
  }
  if (typeof head === 'string') return { selection: { kind: 'section', key: head }, id: null };
  return { selection: { kind: 'global' }, id: null };
}
